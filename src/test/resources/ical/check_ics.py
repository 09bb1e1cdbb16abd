"""Strict check of iCalendar files with Debian's python3-icalendar, a parser eOffice did not write.

Usage: /usr/bin/python3 check_ics.py FILE...   Prints one line per problem and exits 1 when there is any.
Checks: the file parses and no property fails to parse (icalendar records those in component.errors); content
lines end with CRLF and are at most 75 octets (RFC 5545 3.1); properties that may occur once occur once (3.6.1);
every TZID names a VTIMEZONE of the file; every EXDATE and RECURRENCE-ID falls on an occurrence of its RRULE.
"""
import sys
from datetime import datetime, timedelta

import icalendar
from dateutil.rrule import rrulestr

ONCE = {
    "VCALENDAR": ["PRODID", "VERSION", "CALSCALE", "METHOD"],
    "VEVENT": ["DTSTAMP", "UID", "DTSTART", "CLASS", "CREATED", "DESCRIPTION", "GEO", "LAST-MODIFIED", "LOCATION",
               "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "SUMMARY", "TRANSP", "URL", "RECURRENCE-ID", "DTEND",
               "DURATION"],
}
REQUIRED = {"VCALENDAR": ["PRODID", "VERSION"], "VEVENT": ["DTSTAMP", "UID", "DTSTART"]}


def lines_of(raw, name, problems):
    if not raw.endswith(b"\r\n"):
        problems.append(f"{name}: does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"{name}:{number}: bare LF or CR")
        if len(line) > 75:
            problems.append(f"{name}:{number}: {len(line)} octets (max 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{name}:{number}: not UTF-8 on its own line (folded inside a character?): {e}")


def names(component):
    return [key.upper() for key, _ in component.property_items(recursive=False)][1:-1]


def check(path):
    problems = []
    raw = open(path, "rb").read()
    lines_of(raw, path, problems)
    try:
        calendar = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    except Exception as e:  # noqa: BLE001 - any refusal is the finding
        return problems + [f"{path}: refused: {e}"]
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    masters = {}
    for component in calendar.walk():
        for error in getattr(component, "errors", []):
            problems.append(f"{path}: {component.name}: {error}")
        present = names(component)
        for prop in REQUIRED.get(component.name, []):
            if prop not in present:
                problems.append(f"{path}: {component.name} without {prop}")
        for prop in ONCE.get(component.name, []):
            if present.count(prop) > 1:
                problems.append(f"{path}: {component.name} {component.get('UID', '')} has {present.count(prop)} {prop}")
        for key, value in component.property_items(recursive=False):
            tzid = getattr(value, "params", {}).get("TZID")
            if tzid and tzid not in zones:
                problems.append(f"{path}: {key} refers to TZID {tzid} without VTIMEZONE")
        if component.name == "VEVENT" and "RRULE" in component:
            masters[str(component["UID"])] = component
    for component in calendar.walk("VEVENT"):
        master = masters.get(str(component.get("UID")))
        if master is None:
            continue
        start = master.decoded("DTSTART")
        rule = rrulestr(master["RRULE"].to_ical().decode(), dtstart=start)
        dates = []
        if component is master:
            exdates = master.get("EXDATE", [])
            for exdate in exdates if isinstance(exdates, list) else [exdates]:
                dates += [d.dt for d in exdate.dts]
        elif "RECURRENCE-ID" in component:
            dates.append(component.decoded("RECURRENCE-ID"))
        for date in dates:
            if not isinstance(date, datetime) or not rule.between(date - timedelta(seconds=1),
                                                                  date + timedelta(seconds=1), inc=True):
                problems.append(f"{path}: {date} is no occurrence of {master['UID']} ({master['RRULE'].to_ical().decode()})")
    return problems


def main():
    problems = [problem for path in sys.argv[1:] for problem in check(path)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
