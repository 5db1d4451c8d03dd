"""The web interface: server-rendered pages (Jinja2) over the same store as the JSON API.

`api.ui.pages` holds the router and the static files; everything the pages say lives in
`messages/<lang>.json`; scripts and styles are served by the app itself from `static/`,
so the interface works offline.
"""
