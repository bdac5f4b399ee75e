"""The monthly dispatch tab (月调度): reporting, issue ledger, closing months, comparison, rankings."""
