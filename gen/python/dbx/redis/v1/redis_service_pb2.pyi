from dbx.redis.v1 import bitmaps_pb2 as _bitmaps_pb2
from dbx.redis.v1 import hashes_pb2 as _hashes_pb2
from dbx.redis.v1 import hyperloglog_pb2 as _hyperloglog_pb2
from dbx.redis.v1 import keys_pb2 as _keys_pb2
from dbx.redis.v1 import lists_pb2 as _lists_pb2
from dbx.redis.v1 import pipeline_pb2 as _pipeline_pb2
from dbx.redis.v1 import pubsub_pb2 as _pubsub_pb2
from dbx.redis.v1 import scripting_pb2 as _scripting_pb2
from dbx.redis.v1 import server_pb2 as _server_pb2
from dbx.redis.v1 import sets_pb2 as _sets_pb2
from dbx.redis.v1 import sorted_sets_pb2 as _sorted_sets_pb2
from dbx.redis.v1 import streams_pb2 as _streams_pb2
from dbx.redis.v1 import strings_pb2 as _strings_pb2
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor
