#!/usr/bin/env bash
# A calendar program (khal, from Debian) imports a follow-up export, then the export made
# after the follow-up moved: the calendar must end with one event for that contact, at the
# new time, not two. Then the other way: meetings khal wrote into its own vdir (imported from
# the test fixtures, so with attendees) are read by `sync calendar`. Usage: calendar_check.sh BINARY
set -euo pipefail
binary="${1:?usage: calendar_check.sh BINARY}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export TZ=Europe/Paris XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
store=(--store "$work/store.json")
mkdir -p "$work/calendar" "$work/meetings"
cat >"$work/khal.conf" <<CONF
[calendars]
[[ringback]]
path = $work/calendar
type = calendar
[[meetings]]
path = $work/meetings
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = ringback
CONF
"$binary" log "Dana Ruiz" --company Acme --outcome connected --next 2026-11-26T10:00 "${store[@]}" --now 2026-11-24T10:00 >/dev/null
"$binary" export --format ics --output "$work/follow-ups.ics" "${store[@]}" --now 2026-11-24T10:05 2>/dev/null
cp "$work/follow-ups.ics" "$work/before.ics"
"$binary" log "Dana Ruiz" --outcome connected --next 2026-11-27T15:00 "${store[@]}" --now 2026-11-24T11:00 >/dev/null
"$binary" export --format ics --output "$work/follow-ups.ics" "${store[@]}" --now 2026-11-24T11:05 2>/dev/null
khal -c "$work/khal.conf" import --batch -a ringback "$work/before.ics"
khal -c "$work/khal.conf" import --batch -a ringback "$work/follow-ups.ics"
listing="$(khal -c "$work/khal.conf" list --format '{start} {title}' 2026-11-20 14d)"
events="$(grep -c 'Call Dana Ruiz' <<<"$listing" || true)"
if [ "$events" != 1 ] || ! grep -q '2026-11-27 15:00 Call Dana Ruiz' <<<"$listing"; then
  echo "calendar check: khal holds $events events for Dana after both imports (want 1, on 2026-11-27 15:00):"
  echo "$listing"
  exit 1
fi
echo "calendar check: khal holds one event for Dana after two imports, at the new time (2026-11-27 15:00)"

python3 "$(dirname "$0")/../Tests/RingbackEndToEndTests/Fixtures/Calendar/write_calendar.py" "$work/fixtures"
for file in demo weekly kickoff; do
  khal -c "$work/khal.conf" import --batch -a meetings "$work/fixtures/work/$file.ics" 2>/dev/null
done
khal -c "$work/khal.conf" new -a meetings 2026-12-04 14:00 30m "Khal's own event, nobody invited" >/dev/null
"$binary" config email sam@brightline.io >/dev/null
for person in "Dana Ruiz:dana@acme.com" "Zoë Lambert:zoe@cafe-noel.fr" "Tom Okafor:tom@harbor.io"; do
  "$binary" log "${person%%:*}" --outcome connected "${store[@]}" --now 2026-11-02T10:00 >/dev/null
  "$binary" set "${person%%:*}" --email "${person##*:}" "${store[@]}" --now 2026-11-02T10:00 >/dev/null
done
report="$("$binary" sync calendar "$work/meetings" "${store[@]}" --now 2026-11-27T12:00)"
if ! grep -q "Recorded: 3 held, 2 agreed times" <<<"$report" || ! grep -q "Dana Ruiz · met (video) Tue 24 Nov, 15:00" <<<"$report"; then
  echo "calendar check: sync calendar read khal's vdir wrong:"
  echo "$report"
  exit 1
fi
echo "calendar check: sync calendar reads the meetings khal wrote (3 held, 2 agreed times)"
