"""The project's error tree.

Input errors (the user's file or request is at fault) are kept apart from
internal ones; each carries the HTTP status it maps to, so the API turns any
of them into a JSON answer in one handler and the CLI into one line.
Messages quote the offending value.
"""

from __future__ import annotations


class ExtractorError(Exception):
    """Base of every error this project raises on purpose."""

    status: int = 500
    code: str = "internal_error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(ExtractorError):
    """The input cannot be used; nothing was stored."""

    status = 400
    code = "bad_input"


class UnsupportedFormat(InputError):
    status = 415
    code = "unsupported_format"


class MislabelledFile(InputError):
    """The file name promises one format and the bytes are another."""

    status = 415
    code = "mislabelled_file"


class CorruptFile(InputError):
    status = 422
    code = "corrupt_file"


class EncryptedFile(InputError):
    status = 422
    code = "encrypted_file"


class EmptyFile(InputError):
    status = 422
    code = "empty_file"


class NoTextLayer(InputError):
    """A PDF with pages but no extractable text: a scan without OCR."""

    status = 422
    code = "no_text_layer"


class FileTooLarge(InputError):
    status = 413
    code = "file_too_large"


class TooManyPages(InputError):
    status = 413
    code = "too_many_pages"


class ContentTooLarge(InputError):
    """A page, an image or a content stream far bigger than the file: a decompression bomb, refused
    before it is rendered or inflated (`extractor.parsers.pdf_bombs`)."""

    status = 413
    code = "content_too_large"


class TimeLimitExceeded(InputError):
    """The document took longer than the per-document limit; its worker was stopped."""

    status = 422
    code = "time_limit"


class MemoryLimitExceeded(InputError):
    """The document needed more memory than its worker may use."""

    status = 422
    code = "memory_limit"


class Unauthorized(ExtractorError):
    """No token, or a wrong one, where the service requires one."""

    status = 401
    code = "unauthorized"


class CrossSiteRequest(ExtractorError):
    """A change sent by another site's page (a forged request, made by the user's browser)."""

    status = 403
    code = "cross_site_request"


class NotFound(ExtractorError):
    status = 404
    code = "not_found"


class ConfigError(ExtractorError):
    """A setting (an environment variable or an option) cannot be used; nothing was started."""

    status = 400
    code = "bad_setting"
