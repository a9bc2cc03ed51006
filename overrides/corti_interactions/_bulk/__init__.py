"""Bulk runs: one operation applied to many items (`<method>_many()`, `--from FILE`).

- `scheduler`: the workers, the per-id ordering, the sync and async runs;
- `rate_gate`: one wait shared by every call of a run after a 429 with `Retry-After`;
- `journal`: which input lines of a `--from FILE` run finished, so a killed run resumes.
"""
