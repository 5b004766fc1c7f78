"""The KPI corpus (tests/data/kpi/): vendor and buyer excerpts with the KPI a careful buyer
would type into the scorecard, or none, and the figures that measure KPI drafting against them.

Written by someone who never saw the KPI rules. tuning/, tuning2/, tuning3/ and tuning4/ (a second, a
third and a fourth author, other industries and wording) may be tuned on; validation/ (other industries, other wording) checks
that a rule tuned there holds elsewhere. Every file carries a
trap: a range, years, another plant's result, a standard or model number, a relative change, a
target before its baseline, two measures of which one is committed to.
tuning5/, tuning6/ and tuning7/ are a fifth, a sixth and a seventh author's, each written blind; tuning7/
(fibre drawing, flotation, galvanising, fill-finish, distillery, extrusion, knitting, pipe mill ...) was
first measured on main 85005ce: 13 of 18 read exactly, a measure drafted on 2 of 8 texts without a KPI,
another measure on 1, none moving the wrong way (tests/test_kpi_corpus.py keeps the floors).
tuning8/ is an eighth author's, written blind (aluminium potline, softgel, particleboard press, lime kiln,
hairpin stators, flexo labels, olive mill, rebar mill, chlor-alkali, thermoforming, denim laundry, freeze
dryer, shipyard coating, tray sealing, blade casting, blow moulding, transformers, IQF freezer ...); it was
first measured on main c67f6e3: 7 of 18 read exactly, a measure drafted on 1 of 8 texts without a KPI,
another measure on 6, none moving the wrong way.
tuning9/ is a ninth author's, written blind (MLCC stacking, juice pasteuriser, core shop, boxboard coater,
contact lenses, ammonia, nut butter, bus paint shop, tube pickling, wallcovering gravure, smokehouse, bicycle
frames, LPG cylinders, aligner print farm, haul trucks, injection moulding, malting, diaper line ...); it was
first measured on main 374f6d1: 11 of 18 read exactly, a measure drafted on 0 of 8 texts without a KPI,
another measure on 2 (a scale's words for the rate, German thousands dots read as decimals), none moving
the wrong way; 5 KPI texts drafted nothing.
tuning10/ is a tenth author's, written blind (paper cups, hop pellets, roof-tile kiln, potato starch, fibre
cement, aircraft seats, fluid-bed granulation, copper tube drawing, instant noodles, motor winding, roll
forming, toothpaste tubes, compression springs, milk powder, textile printing, cork stoppers, sauce filling,
wood flooring ...); it was first measured on main e9732de: 13 of 18 read exactly, a measure drafted on 0 of
8 texts without a KPI, another measure on 2 (a halving applied to "six months", "3 mths" read as the MTTR
baseline), none moving the wrong way; 3 KPI texts drafted nothing (decimal commas in German and
German-flavoured English, grams per tube).
tuning11/ is an eleventh author's, written blind (rPET flake washing, NdFeB sintering, vacuum salt, crankshaft
hardening, protease fermentation, ductile iron pipes, spunbond, vegetable blancher, alloy wheels, PCB drilling,
infant formula cans, tablet coating, rapeseed crushing, pallet nailing, carbon fibre ovens, CZ ingots, pharma
serialisation ...); it was first measured on main 4b81d14: 10 of 18 read exactly, a measure drafted on 1 of 8
texts without a KPI (a guarantee list's glue ceiling and board grammage read as an availability), another
measure on 0, none moving the wrong way; 8 KPI texts drafted nothing (both German texts, two in short units,
thousands separators in kg/h, pallets a shift and a rate per 100,000 holes, a rate said in words).
tuning12/ is a twelfth author's, written blind (cocoa roasting, catheter tubing, ski presses, tofu, foam cutting,
watch-case polishing, folding-carton gluer, PE pipe, lift doors, prefilled syringes, croissant laminating,
overland conveyor, biodiesel, PM gears, envelopes, dog treats, hydraulic cylinders, dry mortar bagging ...); it
was first measured on main f48ef4a: 10 of 18 read exactly, a measure drafted on 1 of 8 texts without a KPI (a
German grower reference's 38 to 29 kWh/m²), another measure on 4 (an MTTR in hours, tonnes for a third cut, the
seconds per ski halved, 9 OEE points read as a percent), none moving the wrong way; 4 KPI texts drafted nothing
(both German texts, jams per 100,000, a cut by a quarter).
tuning13/ is a thirteenth author's, written blind (zip sliders, pencil leads, rope braiding, coffee capsules, pretzel
oven, crown corks, roofing membrane, hosiery, ampoule inspection, cassava dryer, soap stampers, mirror silvering,
grain ethanol, lipstick, cold heading, die casting, kombucha, hearing-aid shells ...); it was first measured on main
55efc16: 14 of 18 read exactly, a measure drafted on 0 of 8 texts without a KPI, another measure on 2 (a 72 h test
and 8 t/h nameplate read as a steam KPI, a count of 4,000 shells cut by a third), one moving the wrong way (that
steam one); 2 KPI texts drafted nothing (short units with "<=", a 20 % cut of m3 per 100 kg).
tuning14/ is a fourteenth author's, written blind (porcelain glazing, palm oil mill, toothbrush tufting, razor blades,
perfect binding, sparkling wine disgorging, gate valves, soluble coffee, stents, capsule filling, aluminium foil,
furniture fronts, scalded sausage, pocket springs, cashew shelling, faucet plating, egg trays, cosmetic jars ...); it was
first measured on main 83d20e3: 11 of 18 read exactly, a measure drafted on 1 of 8 texts without a KPI (a 30 % scrap
cut applied to "two set-ups"), another measure on 2 (a coil count and six months read as web breaks, moving the wrong
way; a count of 62 working days cut by 35 %), one moving the wrong way; 5 KPI texts drafted nothing (a German gain in
percentage points, ppm beside a nine-digit count, short units with "≤", micro-stops per shift in an e-mail, a
first-pass yield told as "passed ... the first time").
tuning15/ is a fifteenth author's, written blind (HVAC coil brazing, solar glass tempering, spark plug insulators, coin
minting, plywood hot press, beet pulp drying, cable ties, wafer biscuits, NPK granulation, beverage crates, washer drums,
pickle jars, graphite electrodes, concrete pipes, LVT flooring, marble gang saw, fishing nets, rice crackers ...); it was
first measured on main 864b9c3: 12 of 18 read exactly, a measure drafted on 0 of 8 texts without a KPI, another
measure on 1 (a halving applied to "2,600 blanks an hour" instead of 4.4 % scrap), none moving the wrong way; 5 KPI
texts drafted nothing (a German cut "um ein Viertel", an OEE gain in percentage points, a 40 % cut of a scrap share,
an on-spec yield beside fertiliser grades and years, kg per hour with thousands separators beside a nameplate).
tuning16/ is a sixteenth author's, written blind (hot-melt tape coater, collagen casings, O-ring moulding, soy sauce
brewery, pultrusion, butter packer, IV bags, vitrified grinding wheels, coated abrasives, aerated concrete cutting,
charcoal briquettes, acetate eyeglass frames, solar stringers, LED phosphor, ballpoint tips, wire nails, marshmallow,
tyre cord dipping ...); it was first measured on main 8a80aad: 12 of 18 read exactly, a measure drafted on 0 of 8 texts
without a KPI, another measure on 3 (a diameter range 300 to 750 mm read as a speed-test reject KPI, moving the wrong
way; a hoped-for scrap 3 % to below 2 % instead of the guaranteed 42 to 55 m/h; a German halving applied to a
1.400 mm working width), one moving the wrong way; 3 KPI texts drafted nothing (a target before its baseline with
"or less", a first-pass yield told with its definition in brackets before "was 91.5 %", a bullet list with "<").
tuning17/ is a seventeenth author's, written blind (steel drum reconditioning, tuna can seaming, clay pavers, turf yarn,
hummus cups, apricot dryer, bicycle tyre curing, IGU sealing, mesh welding, twisting mill, paper napkins, mayonnaise jars,
wax crayons, rice mill, windscreen autoclave, separator film, cable lugs, garage door panels ...); it was first measured
on main 1057dc2: 15 of 18 read exactly, a measure drafted on 2 of 8 texts without a KPI (a German reference's 5,5 % auf
2,1 % after "2023"; a greenfield CIP time "3.5 hours or less per 72 hours" read as 3.5 to 72), another measure on 2, both
moving the wrong way (a cut by a quarter applied to "12 weeks"; cup sizes "200 g and 400 g" instead of 7,8 g to 2,5 g
with decimal commas); 1 KPI text drafted nothing (an autoclave cycle of 4.5 to 3.5 hours "door to door").
tuning18/ is an eighteenth author's, written blind (CMP slurry, mozzarella stretching, honeycomb panels, cherry pitting,
blow-fill-seal eye drops, cooperage, billet caster, nugget forming, S-PVC reactors, refractory kiln, beef chilling,
transformer core sheets, glass tube drawing, spare-parts picking, airbag modules, transdermal patches, knife polishing,
cat litter ...); it was first measured on main baf00a1: 14 of 18 read exactly, a measure drafted on 1 of 8 texts
without a KPI (a buyer's RFQ telling its own past change, 3.0 % to 1.2 % in 2024, read as the KPI), another measure on
0, none moving the wrong way; 4 KPI texts drafted nothing (a rate per 10,000 cherries, a cut "by 70 %" of 0.60 %, a
cut "by 45 %" of 11 % said first as "one in nine", a firing loss "down by 2.5 percentage points").
tuning19/ is a nineteenth author's, written blind (hatchery, air separation, parcel sorting hub, panel radiators, seat-belt
webbing, wet wipes, kayak rotomoulding, safety matches, fishmeal, corn flakes, smart meters, baby food pouches, carbon
black, lubricant blending, latex balloons, fire extinguishers, newspaper press, EPS moulding ...); it was first measured
on main a2174d13: 12 of 18 read exactly, a measure drafted on 1 of 8 texts without a KPI (a German waterworks
reference's 0,52 auf 0,38 kWh/m³), another measure on 1 (a halving applied to "40 matches" instead of 1.6 % short
boxes), none moving the wrong way; 5 KPI texts drafted nothing (kWh/Nm3 in short units, a yield "rises by 3.0
percentage points", lb/h with thousands separators beside an upstream capacity, an oven cycle in minutes beside an
expected gas figure, warp stops that "will come down to 5 per loom per shift or fewer" in a British e-mail).
tuning20/ is a twentieth author's, written blind (filled pasta, asphalt shingles, acrylic baths, tomato paste, dialysers,
connector stamping, quark, hydraulic hoses, Scotch eggs, frac sand, dishwasher tablets, PET closures, pralines, brake lines,
sugarcane milling, vial washing, embroidery, pianos ...); it was first measured on main c49d14b6: 15 of 18 read exactly, a
measure drafted on 2 of 8 texts without a KPI (a case study's "19 months" to "2 and 5 kg" batches; a halving with no
baseline applied to "two manual spray booths"), another measure on 0, none moving the wrong way; 3 KPI texts drafted
nothing (a cut "by a quarter" of 4.8 breaks per million stitches, a German yield "je 100 kg" raised from 22,4 to 23,6 kg,
an extraction lifted "by 1.5 points"); on kpi19's branch 18 of 18, a measure on 0 of 8.
tuning21/ is a twenty-first author's, written blind (hazelnut roaster, plasterboard wet end, spectacle lens coating, mattress
quilting and edge sewing, container candles, porcelain tile kiln, shrimp peeling, PVC window welding, tea bag machines,
container glass IS machine, wine bottling, pharma blisters, bead wire drawing, feed pellet mill, aerosol filling, Gouda
ripening rooms, sterile services trays ...); it was first measured on main 2de4af5e: 17 of 18 read exactly, a measure
drafted on 0 of 8 texts without a KPI, another measure on 0, none moving the wrong way; 1 KPI text drafted nothing (a
ripening weight loss told as wheels that "lose on average 9.6 % of their weight", cut "by one third").
tuning22/ is a twenty-second author's, written blind (liquorice extrusion, bacon slicing, tandem cold mill, landing gear
overhaul, miniature circuit breakers, potash flotation, float glass, switchgear cabinet wiring, wool scouring, shrink
sleeves, maple sugarhouse, iron ore pellets, cordless vacuum test, turbocharger balancing, pita ovens, sake rice polishing,
shirt collars, biogas ...); it was first measured on main 4d9b74d3: 12 of 18 read exactly, a measure drafted on 2 of 8
texts without a KPI (a buyer's memo telling its own 2024 kaizen, 5.1 % to 2.9 %; a new line's dressing sizes "10 x 10 cm,
15 x 15 cm" read as 10 to 15), another measure on 3, one moving the wrong way (a target told first with its baseline
read as the pack size "16 oz"; a polishing ratio of 50 % read as the broken grain baseline; an inspection level
"AQL 2.5" read as the DHU baseline, moving the wrong way); 3 KPI texts drafted nothing (a buyer's project charter's
"shall be 5 % ... or less", a German cut "um 60 Prozent", a British e-mail's "comfortable putting our name to 96 %");
on kpi20's branch 18 of 18, a measure on 0 of 8, another measure on 0, none moving the wrong way (tuning21 18 of 18;
every other split as on main).
tuning23/ is a twenty-third author's, written blind (sugar beet diffusion, can bodymakers, cotton ginning, zinc
electrowinning, lollipops, ready-mix concrete, surgical sutures, loudspeaker drivers, TiO2 calcining, a tea factory,
headlamps, office chairs, FIBC bag sewing, whey ultrafiltration, V-belts, bolt hardening, coal preparation, bra cups ...);
it was first measured on main be323486: 15 of 18 read exactly, a measure drafted on 1 of 8 texts without a KPI (an
electrolyser data sheet's purity 99.999 % and a degradation of 0.12 % per 1,000 hours read as a specific energy),
another measure on 2, none moving the wrong way (a count of 46,900 tear-offs read as the baseline of a rate of 38 per
million; a product ash of 8.0 % read as the clean coal yield's baseline); 1 KPI text drafted nothing (unplanned
downtime of 11 % of planned time cut "by a quarter", the share told as heads that "stood still for 11 %").
tuning24/ is a twenty-fourth author's, written blind (magnet wire enamelling, titanium golf heads, wood pellets, alumina
digestion, film capacitors, quartz slabs, rail flash-butt welding, padlocks, kimchi brining, egg breaking, interior doors,
EPDM door seals, a mine winder, playing cards, carbon rod blanks, mussels, catalytic converter canning, bogie frames ...);
it was first measured on main a2de2c8b: 12 of 18 read exactly, a measure drafted on 0 of 8 texts without a KPI, another
measure on 1, none moving the wrong way (a cut "by 40 %" of a 9.0 % rework share applied to "8 weeks"); 5 KPI texts
drafted nothing (a technical summary's "Guar. spec. steam cons." in t stm/t Al2O3, a buyer's tender's "shall not exceed an
average of 1.2 per frame", "Guar. MTBF after measures: >= 80 h" in short units, a German cut "um 35 Prozent", a halving
of "the share of cracked slabs" told first as slabs scrapped "because of cracks"). Both were written while kpi20 ran
and never seen by it: with kpi20 merged, tuning23 reads as before (15 of 18) and tuning24 13 of 18.
tuning25/ is a twenty-fifth author's, written blind (brass valve forging, down duvets, mooring chain, kaolin spray
dryer, sanitary pads, flight kitchen trays, mineral lick blocks, fridge liners, Lebkuchen, plug pins, desiccated
coconut, pork pies, skateboard decks, garden hose, hospital beds, crate washer, press hardening, pecan shelling ...);
it was first measured on main 85e318e9: 15 of 18 read exactly, a measure drafted on 1 of 8 texts without a KPI (a
cut "by 35 %" with no baseline yet applied to "a 2-week baseline"), another measure on 1, none moving the wrong way (a
sample of 6,200 trays read as the baseline of a rate of 9.4 per 1,000 trays); 2 KPI texts drafted nothing (a buyer's
RFQ's "shall use not more than 1.1 litres ... per crate" against 2.6 litres per crate, a halving of "the share of decks
lost to delamination" told first as decks "scrapped or sold as B-grade after delamination was found").
On kpi21's branch (from main 85e318e9), by which value is the measure's own: tuning23 18 of 18, a measure on 0 of 8
texts without a KPI, another measure on 0 (a rate's baseline is never the count it was worked out from; a value held
"the same" is a condition; a share after "by" and a bound, "rising by no more than 0.12 %", is a change's amount; a
share of time told with another word of a downtime's name is that downtime's); tuning24 18 of 18, another measure on 0
(a time a change is measured over is no value; "the share of X" names X; "Guar." and "cons. (" go on in one sentence;
a count told for "each" of a rate's base is in that rate); every other split as on main, none moving the wrong way. tuning25, written while kpi21 ran and never seen by it, reads 16 of 18
with kpi21 merged (15 before).
On kpi22's branch (from main 61af2439), by structure: tuning25 18 of 18, a measure on 0 of 8 texts without a KPI,
another measure on 0, none the wrong way (a duration hyphened to the noun it sizes, "against a 2-week baseline", is a
window, no value of a relative cut; a rate's things named in up to three words before its base, "9.4 tray setting
defects per 1,000 trays", stay in its unit, so a sample of 6,200 trays is no baseline; a ceiling whose own words are
the commitment, "shall use not more than 1.1 litres", aims at its number, not a limit told later in a bracket, "(below
150 RLU)"; a bracketed aside between a measure's name and its value leaves the value the measure's). Every other split
as on main (tuning6 14 of 16, tuning15 17 of 18, the rest whole); all drafting tuning sets' drafts unchanged. Left:
tuning6's "$2.3M" (the corpus keeps $M elsewhere: tuning3's "$M per year" 2.7), tuning6's present-tense "our head lays
the same stack in under 90 minutes" (no commitment word), tuning15's "with the edge trim still excluded" (the general
unsure cue "excluded" reaches over the whole sentence: reading/roles.py, not the KPI reader's).
tuning26/ is a twenty-sixth author's, written blind (hockey sticks, bamboo chopsticks, vinyl records, tempeh, dental
implants, chocolate hollow figures, beer mats, Christmas crackers, rendering, blueberry packing, fortune cookies, paint
roller covers, book cases, hospital laundry, a pharma cartoner, quartz oscillators, frozen dumplings, e-bike batteries
...); it was first measured on main 61af2439 (the same on ccffde18): 14 of 18 read exactly, a measure drafted on 0 of 8
texts without a KPI, another measure on 0, none moving the wrong way; 4 KPI texts drafted nothing (a pack-out raised
"by 5 percentage points", "Guar. MTBF after retrofit: >= 45 min" in short units, a German "sagen zu, ... um 40 Prozent
zu senken", a German-flavoured "is ... on 86,5 %" and "will be minimum 93,0 %" with decimal commas). Written while kpi22 ran: 14 of 18 with kpi22 merged too.
tuning27/ is a twenty-seventh author's, written blind (cigar rolling, suppositories, manhole covers, wiper rubbers,
hydrogen peroxide, banknote intaglio, almond pasteurising, cooked ham, roof trusses, hair dryers, an incinerator boiler,
shampoo sachets, gift wrap gravure, exhaust tube bending, plastic pallets, power relays, popcorn, ceiling tiles ...); it was
first measured on main 53541081 (the same on a5fcd184): 12 of 18 read exactly, a measure drafted on 0 of 8 texts without a
KPI, another measure on 0, none moving the wrong way; 6 KPI texts drafted nothing (lb per hour with thousands separators
beside an upstream capacity, a design change of "1.75 hours" cut to "35 minutes at most", a first-pass yield told as
dryers that "passed this test without retest or repair", a German cycle time cut "um 20 Prozent" after "Oktober 2026
118 s", a buyer's RFQ's "shall not exceed 4 per hour of operation", a British e-mail's "willing to write 92 %
availability ... into the contract").
tuning28/ is a twenty-eighth author's, written blind (silk reeling, glass fibre bushings, sulphuric acid, truck rims, cranes,
tequila, umbrellas, expanded clay, OSB, orange juice, fibre connectors, crumb rubber, pistachios, shuttlecocks, erasers ...);
first measured on main 2b641c2d (the same on 761455c2): 13 of 18 read exactly, a measure on 0 of 8 texts without a KPI,
another measure on 2, one the wrong way (a cut "by 10 %" of kg agave per litre read as "38 %" to "55 % ABV"; "max. 2,8 %"
read as 2.0); 3 KPI texts drafted nothing (tons per hour beside an upstream capacity, a tender's "shall not exceed 1.5 %"
with a condition "at least 98 %", a German cut "um zwei Drittel").
tuning29/ is a twenty-ninth author's, written blind (deinking, oat flakes, Christmas baubles, clothes pegs and steel wool
in German or German-flavoured, a desalination plant in Spanish, perfume crimping in French, cotton buds, jigsaw puzzles,
tahini halva, solder wire, pool chlorine tablets, trampolines ...); first measured on main 2ce1b721 (the same on
8f8bacea): 13 of 18 read exactly, a measure on 0 of 8 texts without a KPI, another measure on 2, none the wrong way.
tuning30/ is a thirtieth author's, written blind (toner remanufacturing, torrone in Italian, herring filleting in Dutch,
sewage sludge, citric acid, district heating and filter paper in German, Swiss, French and Indian digit grouping ...);
first measured on main 2ce1b721 (the same on 9712c01a): 11 of 18 read exactly, a measure on 0 of 8 texts without a KPI,
another measure on 2, none the wrong way.
On kpi23's branch (from main 62e15310), by structure: tuning27 18 of 18 and tuning26 18 of 18, a measure on 0 of 8
texts without a KPI on each, another measure on 0, none the wrong way (a rate's base told with what it is of, "per hour
of operation", is the bare period's; a value a commitment wraps, "write 92 % availability of the boiler into the
contract", is its target when its measure's name follows it at once; a loss told as what passing units went without,
"without retest or repair", and a kind in another semicolon clause name no other measure; a cut of a time named per a
thing, "die Zykluszeit je Palette um 20 Prozent", takes the time told as that measure's, "118 s"; a long name starts
at the kind it names and a kind word right before a machine's name, "steam pasteurizer", names none; "takes ... down
to" commits as "bring" does, "1.75 hours" pairing with "35 minutes"; a hyphened name, "pack-out", is found by its
parts; "will be minimum 93,0 %" commits and "be" leads a target as "is" does; a German verb put last, "um 40 Prozent zu
senken", reads as "by"; ">=" leads a target and a bound in brackets, "(stops > 30 s)", defines what is counted, no
baseline). Names: "after retrofit", "after 3 mths", "in October 2026" cut from a drafted name; the offer's machines
told with their means name what their present verb changes ("leaking sachets", not "line audit"); "spoilage" a kind that
should fall ("spoilage", not the bracketed cause "register errors"). Every other split as on main (tuning6 14 of 16,
tuning15 17 of 18, the rest whole); drafting tuning sets' drafts unchanged but real_tuning61's Nissan case study, whose
nonsense KPI (20 % more efficient to a 25 % cut of energy use, moving the wrong way) and the before/after
measurement drafted from it are gone (real_tuning61 precision 0.500 -> 0.526). Tried and dropped: "at most" as a
commitment (drafted "the picture is at most one minute old" and a penalty's "at most 5 %" on tuning3/tuning4).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from math import isclose
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent / "data" / "kpi"
SPLITS = ("tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10", "tuning11", "tuning12", "tuning13", "tuning14", "tuning15", "tuning16", "tuning17", "tuning18", "tuning19", "tuning20", "tuning21", "tuning22", "tuning23", "tuning24", "tuning25", "tuning26", "tuning27", "tuning28", "tuning29", "tuning30", "tuning31", "tuning32", "tuning33", "tuning34", "tuning35", "tuning36", "tuning37", "tuning38", "tuning39", "tuning40", "tuning41", "tuning42", "tuning43", "tuning44", "tuning45", "tuning46", "tuning47", "tuning48", "validation")
# Sets a fix helper wrote blind for its own measuring, in no half (kpi_fig.py's halves are the tuningN sets): each
# read whole by a plain test of its own ("kpi81_own": tests/test_kpi_kinds81.py)
OWN_SETS = ("kpi81_own",)
FIELDS = ("metric", "unit", "baseline", "target")

# Which way a metric should move, read from words in its name. The corpus author's own list,
# not the drafting rules': a drafted metric is judged by what a buyer would expect of it.
UP = ("oee", "wydajność", "utbyte", "bottling rate", "average output", "yield", "time between", "first-time-right", "right first time", "availability", "uptime", "mtbf", "between failures", "throughput",
      "recovery", "right-first-time", "utilisation", "utilization", "first-choice", "first choice", "output", "whole halves", "packing speed",
      "disponib", "picking rate", "cadenza",  # "disponibilidad", "disponibilité", "disponibilità": availability
      # OEE as French plants name it (taux de rendement synthétique) and time between failures in Portuguese and Spanish
      "taux de rendement", "trs", "entre falhas", "entre fallos")
DOWN = ("scrap", "braków", "disktid", "vadných", "sludge", "verbrauch", "consommation", "verbruik", "zmiany zlecenia", "error rate", "förbrukning", "perdas", "anlaufzeit", "rechazad", "banbrott", "spotřeba", "reparação", "nettoyage", "energieverbrauch", "cambio stampo", "doorlooptijd", "zużycie", "reklamovan", "errores", "lost haulage", "verlies", "ausschuss", "durée d'un cycle", "elförbrukning", "handle time", "insteltijd", "zmetkovitost", "leakage", "difetti", "mishandled", "water use", "gas use", "drying time", "turnaround time", "cycle duration", "compressed air flow", "time to repair", "lead time", "mis-pick", "complaint", "reject", "rework", "downtime", "stop", "energy", "fuel", "steam", "changeover", "change time", "downgraded",
        "cycle time", "cost", "complaint", "false call", "overfill", "giveaway", "variation",
        "repair", "mttr", "defect", "waste", "ppm", "consumption", "breakdown", "failure", "broken",
        "crack", "jam", "break", "missed", "layup time", "specific power", "shrink", "bald", "loose", "spoilage", "repaint",
        "cannot be", "die change", "ripening time", "reifedauer", "feed conversion", "loss", "verlust",
        "electricity", "rüstzeit", "spoiled", "nacharbeit", "forbrug", "vyřazen", "mould change", "mis-stuffed",
        "delamination", "split blanks", "mis-sorted",
        # the same kinds as Spanish, French and Italian offers name them ("paradas no planificadas", "mermas", "rechazos",
        # "consumo de gas", "arrêts", "rebuts", "fermi", "scarti"): a buyer reads the way down as in English
        "parada", "paro", "merma", "rechazo", "consumo", "arrêt", "rebut", "déchet", "fermi", "fermo", "fermate", "scart",
        "guasti", "averías", "pannes",
        # non-conforming parts, rejects, downtime, changeover time and energy use as French, Italian, Dutch, Czech and
        # Swedish offers name them ("pièces non conformes", "afgekeurde zakken", "neplánované prostoje",
        # "omställningstid", "energianvändning")
        "non conform", "afgekeurd", "prostoj", "omställning", "energianvändning")


@dataclass
class Case:
    name: str
    text: str
    kpi: dict | None
    note: str


def load(split: str) -> list[Case]:
    cases = []
    for path in sorted((CORPUS / split).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases.append(Case(path.stem, data["text"], data["kpi"], data["note"]))
    return cases


def direction(metric: str) -> int | None:
    """+1 when the metric should go up, -1 when down, None when its name does not say.
    UP first: "time between failures" should rise although it names failures."""
    name = metric.lower()
    if any(word in name for word in UP):
        return 1
    if any(word in name for word in DOWN):
        return -1
    return None


def complete_measure(evaluation, kpi_question: str):
    """The drafted KPI when it has both a baseline and a target (what scores as a measure)."""
    answer = evaluation.answer(kpi_question)
    m = answer.measure if answer else None
    return m if m and m.baseline is not None and m.target is not None else None


def _same(a: float | None, b: float) -> bool:
    # 12 cut by 30% is 8.4 to a buyer, 8.399999999999999 to a float.
    return a is not None and isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def reads_the_buyers_kpi(evaluation, case: Case, kpi_question: str) -> bool:
    answer = evaluation.answer(kpi_question)
    m = answer.measure if answer else None
    return bool(m and _same(m.baseline, case.kpi["baseline"]) and _same(m.target, case.kpi["target"]))


def moves_the_wrong_way(measure, case: Case) -> bool | None:
    """None when neither the drafted metric's name nor the buyer's KPI tells the right way."""
    way = direction(measure.metric)
    if way is None and case.kpi:
        way = 1 if case.kpi["target"] > case.kpi["baseline"] else -1
    if way is None:
        return None
    return (measure.target - measure.baseline) * way <= 0


@dataclass
class Figures:
    with_kpi: int = 0
    read: list = field(default_factory=list)  # KPI texts whose baseline and target were read exactly
    nulls: int = 0
    drafted_on_null: list = field(default_factory=list)  # null texts that drafted a complete measure
    drafted_other: list = field(default_factory=list)  # KPI texts that drafted a complete measure not the buyer's
    drafted: int = 0  # complete measures drafted, on any text
    wrong_way: list = field(default_factory=list)  # drafted measures whose target moves the wrong way
    way_unknown: list = field(default_factory=list)  # drafted measures whose right way nothing tells


def figures(cases: list[Case], drafts: dict, kpi_question: str) -> Figures:
    got = Figures()
    for case in cases:
        evaluation = drafts[case.name]
        measure = complete_measure(evaluation, kpi_question)
        if case.kpi:
            got.with_kpi += 1
            if reads_the_buyers_kpi(evaluation, case, kpi_question):
                got.read.append(case.name)
            elif measure:
                got.drafted_other.append(case.name)
        else:
            got.nulls += 1
            if measure:
                got.drafted_on_null.append(case.name)
        if measure:
            _count_drafted(got, measure, case)
    return got


def _count_drafted(got: Figures, measure, case: Case) -> None:
    got.drafted += 1
    wrong = moves_the_wrong_way(measure, case)
    if wrong is None:
        got.way_unknown.append(case.name)
    elif wrong:
        got.wrong_way.append(case.name)


def report(split: str, bank, draft) -> tuple[Figures, str]:
    """Draft every text of a half and return its figures and a printable summary."""
    cases = load(split)
    drafts = {c.name: draft(c.text, bank, proposal=c.name) for c in cases}
    got = figures(cases, drafts, bank.key_questions.kpi)
    lines = [f"KPI corpus, {split} half ({got.with_kpi} texts with a KPI, {got.nulls} without):",
             f"  baseline and target read exactly: {len(got.read)} of {got.with_kpi}",
             f"  texts without a KPI on which a measure was drafted anyway: {len(got.drafted_on_null)} of {got.nulls}",
             f"  texts with a KPI on which another measure was drafted: {len(got.drafted_other)} of {got.with_kpi}",
             f"  drafted measures whose target moves the wrong way: {len(got.wrong_way)} of {got.drafted}"
             f" ({len(got.way_unknown)} whose way nothing tells)"]
    return got, "\n".join(lines)


def drafted_kpi(text: str):
    """The measure drafted from a text for the KPI question, or None: what the KPI tests read back."""
    from questions import load_bank
    from reading.draft import draft

    bank = load_bank()
    answer = draft(text, bank).answer(bank.key_questions.kpi)
    return answer.measure if answer else None


def whole_kpi(text: str):
    """The drafted measure only when it has both a baseline and a target."""
    got = drafted_kpi(text)
    return got if got and got.baseline is not None and got.target is not None else None


def kpi_ends(text: str) -> tuple[float, float] | None:
    """(baseline, target) of the drafted measure, or None where either is missing."""
    got = whole_kpi(text)
    return (got.baseline, got.target) if got else None


OFFER_TITLE = "Quotation for your plant\n\n"  # a few sentences under it read as one plant's offer


def offered_kpi(text: str):
    """The KPI measure drafted from a few sentences under a quotation's title (OFFER_TITLE), or None."""
    return drafted_kpi(OFFER_TITLE + text)


def offered_kpi_ends(text: str) -> tuple[float | None, float | None] | None:
    """(baseline, target) of `offered_kpi`, either None where the measure lacks it; None where no measure is drafted."""
    got = offered_kpi(text)
    return (got.baseline, got.target) if got else None
