"""The DBX client for asyncio (``grpc.aio``), shaped like the sync one.

    import dbx_client.aio

    async with dbx_client.aio.connect("http://127.0.0.1:7420") as client:
        await client.put("people", "ada", {"name": "Ada"})
        async for record in client.find("people"):
            print(record)
"""

from dbx_client.aio.client import AsyncClient, connect
from dbx_client.aio.stream import AsyncStream
from dbx_client.aio.transaction import AsyncTransaction

__all__ = ["AsyncClient", "AsyncStream", "AsyncTransaction", "connect"]
