"""A first DBX program. Start DBX (`npm start` in the repository), then:

    python examples/quickstart.py                     # http://127.0.0.1:7420
    python examples/quickstart.py http://host:port
"""

from __future__ import annotations

import datetime
import decimal
import sys

import dbx_client
from dbx.sql.v1 import schema_pb2, sql_pb2
from dbx_client import DbxError, ErrorReason, field


def main(url: str) -> None:
    with dbx_client.connect(url, timeout=10) as client:
        caps = client.capabilities()
        print(f"connected to backend {caps.backend!r}; watch supported: {caps.has('stream.watch')}")

        column = schema_pb2.ColumnDefinition
        client.sql.create_table(
            sql_pb2.CreateTableRequest(
                target=client.target("quickstart_people"),
                columns=[
                    column(name="id", type=schema_pb2.COLUMN_TYPE_STRING),
                    column(name="name", type=schema_pb2.COLUMN_TYPE_STRING),
                    column(name="born", type=schema_pb2.COLUMN_TYPE_DATE),
                    column(name="balance", type=schema_pb2.COLUMN_TYPE_DECIMAL),
                ],
                primary_key=["id"],
                if_not_exists=True,
            )
        )

        client.put(
            "quickstart_people",
            "ada",
            {"id": "ada", "name": "Ada Lovelace", "born": datetime.date(1815, 12, 10), "balance": decimal.Decimal("12.30")},
        )
        print("read back:", client.get("quickstart_people", "ada"))

        for person in client.find("quickstart_people", field("born") < datetime.date(1900, 1, 1)):
            print("born before 1900:", person["name"])

        try:
            client.get("quickstart_people", "nobody")
        except DbxError as error:
            assert error.reason == ErrorReason.ERROR_REASON_NOT_FOUND
            print("as expected:", error)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7420")
