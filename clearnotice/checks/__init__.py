"""The guidance engine's check kinds (one module each), the rule loader and the letter scan."""
