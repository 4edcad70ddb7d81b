"""Queries a FAIRCat SPARQL endpoint with SPARQLWrapper and rdflib, the way other portals' Python tools do.

Usage: /usr/bin/python3 sparqlClients.py <endpoint> <select query> <construct query>
The SELECT query must project ?name. Prints one JSON object: what each client read, for the Node test to compare.
"""
import csv
import io
import json
import sys

import rdflib
from rdflib.plugins.stores.sparqlconnector import SPARQLConnector
from SPARQLWrapper import CSV, GET, JSON, POST, TURTLE, XML, SPARQLWrapper

endpoint, select, construct = sys.argv[1:4]
ask = "ASK { ?s ?p ?o }"
out = {}


def wrapper(query, fmt, method):
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client.query().convert()


def names_from(fmt, result):
    if fmt == JSON:
        return [b["name"]["value"] for b in result["results"]["bindings"]]
    if fmt == XML:
        return [b.getElementsByTagName("literal")[0].firstChild.data
                for b in result.getElementsByTagName("binding") if b.getAttribute("name") == "name"]
    if fmt == CSV:
        return [row["name"] for row in csv.DictReader(io.StringIO(result.decode("utf-8")))]
    raise ValueError(fmt)


# SPARQLWrapper adds format=, output= and results= parameters besides its Accept header.
for fmt in (JSON, XML, CSV):
    for method in (GET, POST):
        out[f"SPARQLWrapper {fmt} {method}"] = sorted(names_from(fmt, wrapper(select, fmt, method)))

out["SPARQLWrapper ASK json"] = wrapper(ask, JSON, GET)["boolean"]
xml_ask = wrapper(ask, XML, GET)
out["SPARQLWrapper ASK xml"] = xml_ask.getElementsByTagName("boolean")[0].firstChild.data == "true"

# SPARQLWrapper 1.8 refuses JSON-LD without the old rdflib-jsonld package; rdflib reads our JSON-LD below.
for fmt in (TURTLE, XML):
    graph = wrapper(construct, fmt, GET)
    if not isinstance(graph, rdflib.Graph):
        graph = rdflib.Graph().parse(data=graph, format="turtle")
    out[f"SPARQLWrapper CONSTRUCT {fmt}"] = len(graph)

# rdflib's own SPARQL protocol client, in each result format it reads.
for fmt in ("json", "xml", "csv"):
    connector = SPARQLConnector(query_endpoint=endpoint, returnFormat=fmt)
    out[f"rdflib {fmt}"] = sorted(str(row.name) for row in connector.query(select))

# rdflib reading the service description and a JSON-LD CONSTRUCT result by URL: it resolves our @context itself.
description = rdflib.Graph().parse(endpoint, format="turtle")
out["rdflib service description endpoints"] = sorted(
    str(o) for o in description.objects(None, rdflib.URIRef("http://www.w3.org/ns/sparql-service-description#endpoint")))
jsonld_url = endpoint + "?" + __import__("urllib.parse").parse.urlencode({"query": construct, "format": "json-ld"})
out["rdflib CONSTRUCT json-ld by URL"] = len(rdflib.Graph().parse(jsonld_url, format="json-ld"))

print(json.dumps(out))
