from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonTaskListResponse")


@_attrs_define
class CommonTaskListResponse:
    """A page of tasks.

    Attributes:
        tasks (list[CommonTaskResponse]): The tasks.
        page_size (int | Unset): The page size.
        next_page_token (None | str | Unset): The next page's token; null on the last.
        total_size (int | Unset): Not yet populated by the server.
    """

    tasks: list[CommonTaskResponse]
    page_size: int | Unset = UNSET
    next_page_token: None | str | Unset = UNSET
    total_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "tasks": "tasks",
        "page_size": "pageSize",
        "next_page_token": "nextPageToken",
        "total_size": "totalSize",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        page_size = self.page_size

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        total_size = self.total_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
            }
        )
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if total_size is not UNSET:
            field_dict["totalSize"] = total_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = CommonTaskResponse.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        page_size = d.pop("pageSize", UNSET)

        next_page_token = d.pop("nextPageToken", UNSET)

        total_size = d.pop("totalSize", UNSET)

        common_task_list_response = cls(
            tasks=tasks,
            page_size=page_size,
            next_page_token=next_page_token,
            total_size=total_size,
        )

        common_task_list_response.additional_properties = d
        return common_task_list_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.common_task_response import CommonTaskResponse  # noqa: E402  (corti-interactions: see the top)
