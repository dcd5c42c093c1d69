"""Data of the illustrative sample catalogue, one module per district."""
