from enum import StrEnum


class AgenticAgentsJsonRpcMethod(StrEnum):
    CANCELTASK = "CancelTask"
    GETTASK = "GetTask"
    LISTTASKS = "ListTasks"
    SENDMESSAGE = "SendMessage"
    SENDSTREAMINGMESSAGE = "SendStreamingMessage"
    SUBSCRIBETOTASK = "SubscribeToTask"

    def __str__(self) -> str:
        return str(self.value)
