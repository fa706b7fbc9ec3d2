"""Needs numpy: only the Full tier can load C-extension packages."""
import numpy as np

samples = np.array([3.0, 1.5, 4.0, 1.0, 5.5])
print(f"mean={samples.mean():.3f} std={samples.std():.3f}")
