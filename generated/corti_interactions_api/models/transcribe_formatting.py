from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcribe_formatting_dates import TranscribeFormattingDates
from ..models.transcribe_formatting_measurements import TranscribeFormattingMeasurements
from ..models.transcribe_formatting_numbers import TranscribeFormattingNumbers
from ..models.transcribe_formatting_numeric_ranges import TranscribeFormattingNumericRanges
from ..models.transcribe_formatting_ordinals import TranscribeFormattingOrdinals
from ..models.transcribe_formatting_times import TranscribeFormattingTimes
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscribeFormatting")


@_attrs_define
class TranscribeFormatting:
    """How dates, times and numbers are written.

    Attributes:
        dates (TranscribeFormattingDates | Unset): Dates (default `locale:long`).
        times (TranscribeFormattingTimes | Unset): Times (default `locale`).
        numbers (TranscribeFormattingNumbers | Unset): Numbers (default `numerals_above_nine`).
        measurements (TranscribeFormattingMeasurements | Unset): Measurements (default `abbreviated`).
        numeric_ranges (TranscribeFormattingNumericRanges | Unset): Numeric ranges (default `numerals`).
        ordinals (TranscribeFormattingOrdinals | Unset): Ordinals (default `numerals_above_nine`).
    """

    dates: TranscribeFormattingDates | Unset = UNSET
    times: TranscribeFormattingTimes | Unset = UNSET
    numbers: TranscribeFormattingNumbers | Unset = UNSET
    measurements: TranscribeFormattingMeasurements | Unset = UNSET
    numeric_ranges: TranscribeFormattingNumericRanges | Unset = UNSET
    ordinals: TranscribeFormattingOrdinals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "dates": "dates",
        "times": "times",
        "numbers": "numbers",
        "measurements": "measurements",
        "numeric_ranges": "numericRanges",
        "ordinals": "ordinals",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        dates: str | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates.value

        times: str | Unset = UNSET
        if not isinstance(self.times, Unset):
            times = self.times.value

        numbers: str | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = self.numbers.value

        measurements: str | Unset = UNSET
        if not isinstance(self.measurements, Unset):
            measurements = self.measurements.value

        numeric_ranges: str | Unset = UNSET
        if not isinstance(self.numeric_ranges, Unset):
            numeric_ranges = self.numeric_ranges.value

        ordinals: str | Unset = UNSET
        if not isinstance(self.ordinals, Unset):
            ordinals = self.ordinals.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dates is not UNSET:
            field_dict["dates"] = dates
        if times is not UNSET:
            field_dict["times"] = times
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if measurements is not UNSET:
            field_dict["measurements"] = measurements
        if numeric_ranges is not UNSET:
            field_dict["numericRanges"] = numeric_ranges
        if ordinals is not UNSET:
            field_dict["ordinals"] = ordinals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _dates = d.pop("dates", UNSET)
        dates: TranscribeFormattingDates | Unset
        if isinstance(_dates, Unset):
            dates = UNSET
        else:
            dates = TranscribeFormattingDates(_dates)

        _times = d.pop("times", UNSET)
        times: TranscribeFormattingTimes | Unset
        if isinstance(_times, Unset):
            times = UNSET
        else:
            times = TranscribeFormattingTimes(_times)

        _numbers = d.pop("numbers", UNSET)
        numbers: TranscribeFormattingNumbers | Unset
        if isinstance(_numbers, Unset):
            numbers = UNSET
        else:
            numbers = TranscribeFormattingNumbers(_numbers)

        _measurements = d.pop("measurements", UNSET)
        measurements: TranscribeFormattingMeasurements | Unset
        if isinstance(_measurements, Unset):
            measurements = UNSET
        else:
            measurements = TranscribeFormattingMeasurements(_measurements)

        _numeric_ranges = d.pop("numericRanges", UNSET)
        numeric_ranges: TranscribeFormattingNumericRanges | Unset
        if isinstance(_numeric_ranges, Unset):
            numeric_ranges = UNSET
        else:
            numeric_ranges = TranscribeFormattingNumericRanges(_numeric_ranges)

        _ordinals = d.pop("ordinals", UNSET)
        ordinals: TranscribeFormattingOrdinals | Unset
        if isinstance(_ordinals, Unset):
            ordinals = UNSET
        else:
            ordinals = TranscribeFormattingOrdinals(_ordinals)

        transcribe_formatting = cls(
            dates=dates,
            times=times,
            numbers=numbers,
            measurements=measurements,
            numeric_ranges=numeric_ranges,
            ordinals=ordinals,
        )

        transcribe_formatting.additional_properties = d
        return transcribe_formatting

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
