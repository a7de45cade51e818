"""Device protocols (reader frames, meter buses), free of Home Assistant imports."""
