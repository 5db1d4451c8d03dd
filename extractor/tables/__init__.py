"""Every table of every document, read by what it holds.

Stages: the recogniser (`roles`) gives each table a role and its columns from header
words, cell contents and its caption; the role's reader turns its rows into contract
items. Readers run for every document kind; a kind's extractor only adds what its text
holds. A reader that fails on one table leaves a warning and the rest of the document
is still read.

The recogniser and the column finders (`roles`, `profile`, `task_columns`) need no document
context, so the classifier asks them too; `read` runs the readers over a document.
"""
