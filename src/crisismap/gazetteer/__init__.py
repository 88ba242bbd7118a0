"""Place lookup: the world default from installed GeoNames data, plus country dumps.

    gaz = Gazetteer.default().add_geonames("ML.txt")
    gaz.lookup("Tongolo-Coura", country="Mali", admin_hints=["Macina", "Segou"])
"""

from .core import Gazetteer
from .model import Place, geo_precision
from .names import admin_name, ascii_name

__all__ = ["Gazetteer", "Place", "geo_precision", "admin_name", "ascii_name"]
