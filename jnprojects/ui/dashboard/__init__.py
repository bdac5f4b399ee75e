"""The dashboard tab (``view.DashboardView``) and its charts.

Only the chart modules import pyqtgraph, and the view is built the first time its tab is shown,
so start-up does not pay for pyqtgraph.
"""
