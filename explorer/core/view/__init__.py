"""The view state: filters, the view range, lanes, level of detail, label
placement, the session and saved views. Built on core.data."""
