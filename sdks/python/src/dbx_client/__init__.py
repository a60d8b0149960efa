"""DBX's Python SDK: a gRPC client of the DBX database gateway.

    import dbx_client

    with dbx_client.connect("http://127.0.0.1:7420") as client:
        client.put("people", "ada", {"name": "Ada"})
        print(client.get("people", "ada"))

``dbx_client.aio`` has the same client for asyncio.
"""

from dbx_client.capabilities import Capabilities
from dbx_client.change import Change, ChangeType
from dbx_client.client import Client, connect
from dbx_client.document import Document
from dbx_client.errors import DbxError, ErrorReason, FieldViolation, is_retryable
from dbx_client.filters import Condition, Field, all_of, any_of, field, none_of
from dbx_client.interval import Interval
from dbx_client.json_text import Json
from dbx_client.local_datetime import LocalDateTime
from dbx_client.native import Native
from dbx_client.object_id import ObjectId
from dbx_client.page import Page
from dbx_client.records import from_item, from_item_as, to_item
from dbx_client.retry import RetryPolicy
from dbx_client.stream import Stream
from dbx_client.time_of_day import TimeOfDay
from dbx_client.timestamp import Timestamp
from dbx_client.transaction import Transaction
from dbx_client.values import from_value, to_value

__all__ = [
    "Capabilities",
    "Change",
    "ChangeType",
    "Client",
    "Condition",
    "DbxError",
    "Document",
    "ErrorReason",
    "Field",
    "FieldViolation",
    "Interval",
    "Json",
    "LocalDateTime",
    "Native",
    "ObjectId",
    "Page",
    "RetryPolicy",
    "Stream",
    "TimeOfDay",
    "Timestamp",
    "Transaction",
    "all_of",
    "any_of",
    "connect",
    "field",
    "from_item",
    "from_item_as",
    "from_value",
    "is_retryable",
    "none_of",
    "to_item",
    "to_value",
]
