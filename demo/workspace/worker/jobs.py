"""Background jobs: report exports and cache warm-up."""
import os
import pickle
import sqlite3
import subprocess

import requests
import yaml


def export_report(customer_id, fmt):
    conn = sqlite3.connect("reports.db")
    cur = conn.cursor()
    cur.execute(f"SELECT * FROM reports WHERE customer = '{customer_id}'")
    rows = cur.fetchall()
    subprocess.call("zip -r /tmp/export.zip reports/" + fmt, shell=True)
    return rows


def load_job(blob):
    return pickle.loads(blob)


def load_settings(path):
    with open(path) as fh:
        return yaml.load(fh)


def warm_cache(url):
    return requests.get(url, verify=False, timeout=5)


def cleanup(name):
    os.system("rm -rf /var/cache/app/" + name)
