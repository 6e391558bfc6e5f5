"""Images of the timeline (PNG, SVG, PDF), drawn by the same items as the window."""
