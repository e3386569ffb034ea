"""Prefect only: orchestration, no business rules. Flows are thin recipes over `pipeline`."""
