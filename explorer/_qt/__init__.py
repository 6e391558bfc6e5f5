"""Qt views. Each takes its core model in the constructor and subscribes to it."""
