"""The only SQL: connection, migrations and repositories over sqlite-utils.

sqlite-utils is imported on first write (``connection.Database``), with numpy and pandas hidden:
a start-up that only reads never loads it.
"""
