"""The words of events, English and French: what each kind of event, and each kind of report of no
event, is called in news and in coders' notes. classify() in event_types reads them.

Written as regular expressions, not a trained model, because the words carry the coders'
distinctions (an "operation" is not a clash until someone dies in it) and must stay readable."""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)


PROTEST = _rx(r"protest(?!ant)\w*|marchers|chant(?:ing|ed)\s+(?:\w+\s+){0,2}slogans|scand(?:é|aient|ant)|demonstrat(?:ion|ions|ors|ed|ing)|sit-in|rall(?:y|ies|ied)|"
              r"(?-i:(?<!being\s)(?<!were\s)(?<!was\s)marched|a\s+march|staged\s+a\s+march)|general\s+strike|went\s+on\s+strike|"
              r"manifest(?:ation|ations|ants|é|er)|marches?\s+(?:pacifiques?|de\s+protestation)|grève|"
              r"meeting\s+de\s+soutien|se\s+sont\s+rassemblée?s|rassemblement(?!\s+(?:pour|des|du)\s+(?:le\s+|la\s+|l['’])?(?:développement|démocratie|républicains|mali|progrès|renouveau|peuple|houphouétistes))|(?:réunie?s|rassemblée?s)\s+(?:\w+\s+){0,4}pour\s+"
              r"(?:soutenir|exiger|réclamer|dénoncer|protester)|ont\s+défilé|défilé\s+(?:contre|pour)|cortèges?|"
              r"gathered\s+(?:\w+\s+){0,5}to\s+(?:demand|protest|denounce|support|call)|"
              r"(?-i:march(?:es)?\s+(?:against|for|to\s+demand|in\s+support))|(?:la|une)\s+marche\s+(?:de|du|des|contre|pour)")
RIOT = _rx(r"riot(?:s|ers|ing|ed)?(?!\s+(?:police|gear|squad|control|unit))|mis\s+à\s+sac|heurts|torched|set\s+(?:fires?|ablaze)|burn(?:ed|t|ing)\s+(?:tyres|tires)|"
           r"(?:threw|throwing|hurled|hurling)\s+(?:stones|rocks)|"
           r"vandali[sz]ed|ransacked|threw\s+stones|stone-throwing|pelted|barricades?|barricad(?:ed|ing)|émeutes?|"
           r"émeutiers|saccag(?:é|és|ées|ent)|incendi(?:é|és|ées|ent)|violent\s+(?:protest|demonstration)|"
           r"loot(?:ed|ing)|stormed|pill(?:ant|é|és|age)|mett(?:ant|ent)\s+le\s+feu|mis\s+le\s+feu|envahi")
# Crowds blocking roads are rioters even when no one says "protest" (ACLED: violent demonstration).
RIOTERS = _rx(r"riot(?:s|ers|ing|ed)(?!\s+(?:police|gear|squad|control|unit))|émeut(?:e|es|iers)|"
              r"angry\s+(?:crowds?|residents|youths|villagers)|crowds?\s+angry|(?:foule|jeunes|habitants)\s+en\s+colère|"
              r"(?:crowds?|population|residents|youths|villagers|foule|habitants|jeunes)\b[^.;]{0,60}?"
              r"(?:vandali[sz]ed|ransacked|saccag(?:é|ée|és|ées)|mis\s+à\s+sac)")
BARRICADE = _rx(r"barricad(?:ed|ing)|(?:erected|set\s+up)\s+barricades|burn(?:ed|t|ing)\s+(?:tyres|tires)|"
                r"barricad(?:é|és|ée|ées|aient|ent)|érig(?:é|er)\s+des\s+barricades|pneus\s+brûlés")
MOB = _rx(r"mob(?!ili)|lynch(?:ed|ing)?|vindicte\s+populaire|justice\s+populaire|jungle\s+justice|pris\s+à\s+partie|"
          r"(?:beaten|battue?s?|roués?\s+de\s+coups|lapidée?s?|stoned|burned\s+alive|brûlée?s?\s+vifs?)\s+(?:\w+\s+){0,3}(?:by|par)\s+"
          r"(?:an?\s+|une\s+|la\s+|des\s+)?(?:angry\s+)?(?:crowd|residents|villagers|habitants|villageois|foule|population)|"
          r"(?:crowd|residents|villagers|habitants|villageois|foule)\s+(?:\w+\s+){0,6}?(?:beat|lynched|stoned|burned|"
          r"battu(?!\s+le\s+pavé)|lapidé|tué\s+à\s+coups)")
INTERVENTION = _rx(r"tear\s*gas|water\s+cannons?|pepper\s+spray|dispers(?:ed|e|ing)|intervened|broke\s+up|arrested|"
                   r"detained|gaz\s+lacrymogènes?|lacrymogènes?|canons?\s+à\s+eau|interpellations|dispersé(?:e|s|es)?|"
                   r"interpellé(?:e|s|es)?")
# A crowd that dispersed of itself: no one intervened.
PEACEFUL_END = _rx(r"s['’]est\s+dispersée?|se\s+sont\s+dispersés|dispers(?:ed|ing)\s+peacefully|sans\s+incidents?|without\s+incidents?")
EXCESSIVE = _rx(r"(?:fired|opened\s+fire)\s+(?:on|at|into)\s+(?:\w+\s+){0,3}(?:protesters|demonstrators|crowds?|marchers)|"
                r"(?:ouvert\s+le\s+feu|tiré)\s+sur\s+(?:des|les)\s+(?:manifestants|marcheurs)|"
                r"live\s+(?:fire|ammunition|rounds|bullets)|balles\s+réelles|"
                # the forces of order killing at a protest
                r"(?:police|policemen|security\s+forces|soldiers|troops|snipers|gendarmes|policiers|forces\s+de\s+l['’]ordre|"
                r"militaires|forces\s+de\s+sécurité)\s+(?:\w+\s+){0,3}?(?:killed|shot\s+dead|shot\s+and\s+killed|fired\s+(?:on|into|at)|"
                r"ont\s+tué|ont\s+abattu|ont\s+tiré\s+sur)|"
                r"(?:killed|shot\s+dead)\s+(?:\w+\s+){0,3}?(?:protesters|demonstrators|marchers)|"
                r"(?:protesters|demonstrators|marchers|manifestants)\s+(?:\w+\s+){0,2}?(?:were|ont\s+été)\s+(?:killed|shot|tués|abattus)|"
                r"(?:killed|shot\s+dead|shot)\s+by\s+(?:the\s+)?(?:police|security\s+forces|soldiers|troops)|"
                r"(?:tués?|abattus?)\s+(?:par\s+balles\s+)?par\s+(?:les\s+)?(?:forces\s+de\s+(?:l['’]ordre|sécurité|défense)|"
                r"policiers|militaires|gendarmes|police)")
SUICIDE = _rx(r"suicide\s+(?:bomb(?:er|ers|ing|ings)?|attack(?:ers?|s)?|car\s+bomb|vest)|(?<!drone\s)kamikazes?(?!\s+drones?)|"
              r"attentats?[-\s]suicides?|véhicule\s+piégé|se\s+sont\s+fait\s+exploser|s['’]est\s+fait\s+exploser|"
              r"ceintures?\s+d['’]explosifs|drove\s+(?:an?\s+)?(?:explosives?|bomb)-laden|explosive\s+(?:vests?|belts?)|blew\s+(?:himself|herself|themselves)\s+up")
IED_WORDS = (r"IEDs?|EEIs?|improvised\s+(?:explosive\s+)?devices?|explosive\s+devices?|roadside\s+bombs?|land\s*mines?|"
             r"mines?|car\s+bombs?|engins?\s+explosifs?(?:\s+improvisés?)?|explosives?|"
             r"unexploded\s+(?:ordnance|munitions?|devices?|shells?|bombs?)|UXOs?|explosive\s+remnants\s+of\s+war|"
             r"bombs?|bombes?")
# An explosive counts as the weapon only when something sets it off, not in "IED planter".
IED = _rx(rf"(?:hit|hits|struck|stepped\s+on|stepping\s+on|ran\s+over|drove\s+over|triggered|detonated|exploded|set\s+off|planted|"
          rf"explosion\s+of|blast\s+of|by|playing\s+with|handling|tampering\s+with|picked\s+up|heurté|sauté\s+sur|explosion\s+d['’]un)\s+(?:[\w-]+\s+){{0,3}}?(?:{IED_WORDS})|"
          rf"(?:{IED_WORDS})\s+(?:\w+\s+){{0,2}}?(?:explosion|exploded|detonated|went\s+off|blast|attack|attacks|strike|"
          rf"hit|struck|targeted|destroyed|killed|wounded|injured|damaged|tore\s+through|ripped\s+through|a\s+explosé|a\s+tué|a\s+touché)|"
          rf"explosions?|détonation|a\s+explosé|exploded|detonated|blasts?|remote-controlled|remotely\s+detonated|"
          rf"actionnée?\s+à\s+distance|télécommandée?")
AIR = _rx(r"air\s*strikes?|airstrikes?|drone\s+strikes?|drone\s+attacks?|air\s+raids?|aerial\s+(?:strikes?|bombardments?|attacks?)|"
          r"bombed|bombing|helicopters?\s+(?:fired|opened\s+fire|struck)|gunships?|frappes?\s+(?:aériennes?|de\s+drones?)|"
          r"bombardements?\s+aériens?|raids?\s+aériens?|(?:by|with)\s+(?:a\s+)?drones?|drones?\s+(?:struck|fired|targeted)|"
          r"warplanes?|war\s+planes|jets?\s+(?:struck|bombed|pounded)|fighter\s+jets?\s+(?:struck|bombed|hit|targeted)|(?:attack|kamikaze|suicide)\s+drones?|"
          r"drones?\s+(?:slammed|crashed)\s+into|vecteurs?\s+aériens?|"
          r"(?:avions?|aviation|hélicoptères?)\s+(?:\w+\s+){0,2}(?:ont|a)\s+(?:bombardé|frappé|pilonné|visé)")
SHELL = _rx(r"shell(?:ed|ing|s)|mortars?|rockets?|artillery|missiles?|obus|roquettes?|tirs?\s+de\s+mortier|artillerie|"
            r"pilonn(?:é|és|ée|ées|age|ent)")
GRENADE = _rx(r"grenades?")
CHEMICAL = _rx(r"chemical\s+(?:weapons?|attacks?|agents?|munitions)|chlorine|sarin|mustard|blister[\s-]agents?|nerve[\s-]agents?|"
               r"toxic\s+(?:gas|chemicals?|substances?|munitions)|armes?\s+chimiques?|chlore|gaz\s+(?:toxiques?|moutarde|sarin)|"
               r"poison(?:ous)?\s+gas|agents?\s+(?:moutarde|chimiques?|neurotoxiques?)")
DEFUSE = _rx(r"neutralis\w+\s+par\s+brouillage|jammed|(?:shot\s+down|intercepted|downed|abattu|intercepté)\s+(?:\w+\s+){0,4}?(?:drones?|missiles?|rockets?)|defus(?:ed|ing|al)|dismantl(?:ed|ing)|neutrali[sz]ed\s+(?:an?\s+)?(?:IED|explosive)|"
             r"(?:discovered|found|seized|recovered|destroyed)\s+(?:an?\s+|\d+\s+|several\s+)?(?:IEDs?|explosive|weapons?|arms|ammunition|caches?)|"
             r"weapons?\s+seizure|arms\s+cache|désamorc(?:é|er)|saisie\s+d'armes|saisi\s+des\s+armes|cache\s+d['’]armes|"
             r"seized\s+(?:an?\s+)?arsenal|(?:détecté|découvert|détruit|neutralisé)e?s?\s+(?:\w+\s+){0,3}par\s+(?:les\s+)?démineurs|"
             r"(?:foiled|thwarted|déjou(?:é|ée|és|ées)|intercepté|intercept(?:ed|ing))\s+(?:\w+\s+){0,4}?(?:bomb\w*|IEDs?|suicide|attentats?|"
             r"véhicules?\s+piégés?|kamikazes?)")
ARREST = _rx(r"arrest(?:ed|s|ing)?|detained|apprehended|(?:took|taken)\s+into\s+custody|garde\s+à\s+vue|interpell(?:é|és|ées|ation)|"
             r"arrêté(?:e|s|es)?|arrestations?|appréhend(?:é|és|ée|ées)")
ABDUCT = _rx(r"abduct(?:ed|ing|ion|ions|s)?|kidnapp?(?:ed|ing|ings)?|taken\s+hostage|took\s+(?:\w+\s+){0,3}hostage|"
             r"(?:forcibly|forcefully)\s+disappeared|"
             r"disappeared\s+(?:\w+\s+){0,3}(?:people|persons|men|civilians|merchants|traders|herders|villagers|members|individuals)|"
             r"seized\s+(?:\w+\s+){0,2}(?:engineers|workers|hostages|nationals|foreigners|tourists|missionaries|priests?|nuns?)|"
             r"emmené(?:e|s|es)?\s+par\s+des\s+(?:individus|hommes)\s+armés|enlev(?:é|és|ée|ées|er|ement|ements)|kidnapp(?:é|és|ée|ées)|pris\s+en\s+otage|"
             r"séquestr(?:é|és|ée|ées)|embarqu(?:é|és|ée|ées)\s+par|portés?\s+disparus?|(?:sont|est)\s+sans\s+nouvelles|"
             r"disparitions?\s+forcées?|rapts?")
SEXUAL = _rx(r"rap(?:ed|e|es|ing)|sexual\s+(?:violence|assaults?|abuse)|sexually\s+(?:assaulted|abused)|viol(?:é|ée|ées|s)?|violences?\s+sexuelles?")
LOOT = _rx(r"loot(?:ed|ing|s)?|pillag(?:ed|ing|e|é|és|ées)|stole|stolen|rustl(?:ed|ing)|carried\s+off|robbed|extorted|"
           r"(?:seized|took|made\s+off\s+with)\s+(?:\w+\s+){0,3}(?:livestock|cattle|ruminants|animals|goats|sheep|camels|"
           r"cows|motorbikes|motorcycles|goods|belongings|cash|money|food|grain|harvests?)\b|"
           r"burn(?:ed|t)\s+(?:down\s+)?(?:\w+\s+){0,3}(?:houses|homes|huts|granaries|shops|trucks|vehicles|school|market)|"
           r"set\s+fire\s+to|torched\s+(?:[\w-]+\s+){0,4}?(?:houses|homes|huts|granaries|shops|church(?:es)?|mosques?|"
           r"schools?|vehicles|trucks|markets?|buildings|offices)|property\s+destruction|sabotag(?:ed|e|ing)|vandali[sz]ed|destroyed\s+(?:\w+\s+){0,3}(?:houses|homes|huts|granaries|shops|school|bridge|antenna|property|monuments?|statues?|mausoleums?|shrines?)|"
           r"vol(?:é|és|ées)?\s+(?:de\s+)?(?:bétail|animaux)|emport(?:é|és)|"
           r"incendi(?:é|és|ées|ent)\s+(?:\w+\s+){0,3}?(?:maisons|cases|greniers|écoles?|boutiques|magasins|véhicules|camions|"
           r"bâtiments|habitations|étals|domiciles|concessions|églises?|mosquées?|mairies?|marchés?)|"
           r"mis\s+le\s+feu\s+(?:à|aux?)|réduits?\s+en\s+cendres|saccag(?:é|és|ée|ées|eant)|dépouill(?:é|és|ée|ées)|razzias?")
AGREEMENT = _rx(r"agreement|peace\s+deal|ceasefire|cease-fire|truce|signed\s+(?:a|an)\s+\w+|accord|"
                r"négociations?|cessez-le-feu|trêve|released\s+(?:\w+\s+){0,3}in\s+exchange|pacte|"
                r"cessation\s+des\s+hostilités|prisoner\s+(?:swap|exchange)|exchange\s+of\s+prisoners|échange\s+de\s+prisonniers|"
                r"libération\s+de\s+(?:\w+\s+){0,2}otages\s+contre")
TAKEOVER = _rx(r"took\s+control|seized\s+control|(?:seized|captured)\s+the\s+(?:(?:[\w-]+\s+)?(?:town|village|city|camp|base|port|district|garrison)|port\s+of)|"
               r"overran|overrun|occupied|pris\s+le\s+contrôle|s'emparer|s’emparer|emparés?|occupent|"
               r"(?:now\s+)?controls?\s+(?:the\s+)?(?:town|village|district|commune)|now\s+control|contrôlent\s+désormais|raised\s+(?:their|its)\s+(?:black\s+)?flag")
RETAKE = _rx(r"regained\s+control|retook|retaken|recaptured|reclaimed|reconquered|repris\s+le\s+contrôle|reprise\s+de|"
             r"reconqu(?:is|ise|ête|ièrent)|(?:taken|took)\s+back|(?:drove|forced|pushed)\s+(?:\w+\s+){0,3}out\s+of|délogé\w*|repris\s+(?:\w+\s+){0,3}(?:villes?|villages?|localités?|positions?)")
WITHDRAW = _rx(r"withdr(?:ew|awn|awal)|handed\s+over|transferred|retreated|evacuated|pulled\s+out|left\s+the\s+(?:camp|base|town)|"
               r"retir(?:é|és|ée|ement)|rétrocéd(?:é|ée)|transféré|remis\s+(?:la|le|les|sa|son|ses|leur|leurs)\s+(?:base|camp|emprises?)|"
               r"ont\s+quitté\s+(?:le|la)\s+(?:camp|base)|vacated|achevé\s+(?:leur|son)\s+retrait|"
               r"(?:a|ont)\s+été\s+remise?s?\s+(?:aux?|à)")
BASE = _rx(r"(?:set\s+up|established|installed|opened)\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:new\s+)?(?:\w+\s+)?(?:base|camp|headquarters|checkpoint|position|outpost)|"
           r"implanté(?:e|s)?|établi(?:e|s)?\s+(?:un|une|son|sa|leur|leurs)\s+(?:\w+\s+)?(?:base|camp|poste|quartier\s+général)|install(?:é|ée|és)\s+(?:un|une|son|sa|leur)\s+(?:\w+\s+)?(?:base|camp|poste|détachement|quartier\s+général)|"
           r"(?:base|camp|headquarters)\s+(?:was\s+|were\s+)?(?:inaugurated|opened|established|set\s+up)|"
           r"inaugurated\s+(?:\w+\s+){0,3}(?:base|camp|headquarters)")
# Armed groups' non-violent acts that ACLED codes "Other": sieges laid or lifted, schools closed, leaflets.
OTHER = _rx(r"(?:imposed|imposing|lifted|lifting|declared|décrété|imposé|levé)\s+(?:an?\s+|the\s+|un\s+|le\s+)?"
            r"(?:embargo|blockade|blocus|siege)|closed\s+(?:down\s+)?(?:\w+\s+){0,2}schools?|"
            r"fermé\s+(?:\w+\s+){0,2}écoles?|(?:distributed|dropped)\s+(?:\w+\s+)?(?:leaflets|tracts|pamphlets)|"
            r"distribué\s+des\s+tracts|mass\s+graves?|charniers?|fosses?\s+communes?|clandestine\s+graves?|"
            r"curfew|couvre-feu|ban\s+on\s+(?:motorbike|motorcycle)|interdit\s+toute\s+circulation|state\s+of\s+emergency|état\s+d['’]urgence|"
            # an armed group's rules for the people it controls
            r"(?:ordonn\w+|ordered|impos\w+)\s+(?:\w+\s+){0,4}?(?:la\s+fermeture\s+des\s+écoles|the\s+closure\s+of\s+schools|"
            r"(?:de\s+)?fermer\s+(?:l['’]école|les\s+écoles)|(?:le\s+)?port\s+du\s+voile|(?:the\s+)?(?:full\s+)?veil|la\s+charia|sharia)|interdit\s+(?:la\s+musique|les\s+fêtes)|"
            r"banned\s+music|lockdown|villes?\s+mortes?|ghost\s+towns?|(?:rester|stay)\s+(?:chez\s+eux|at\s+home|indoors)")
CHANGE = _rx(r"surrender(?:ed|s)?|turned\s+(?:himself|themselves)\s+in|laid\s+down\s+(?:their\s+)?(?:arms|weapons)|déposé\s+les\s+armes|"
             r"(?:mettre|mis|met)\s+fin\s+à\s+(?:sa|leur)\s+(?:rébellion|lutte\s+armée)|end(?:ed|s)?\s+(?:its|their)\s+(?:rebellion|armed\s+struggle)|"
             r"se\s+sont\s+rendus|s['’]est\s+rendu|reddition|split\s+into|scission|dissolution|"
             r"new\s+(?:leader|commander|emir)|nouvel?\s+(?:émir|chef|commandant)|merged\s+with|jo(?:ined|ining)\s+forces|fusion|(?:formed|created|new)\s+(?:an?\s+)?(?:new\s+)?(?:alliance|coalition)|defected|split\s+from|deployed|deployment|evict(?:ed|ion)|checkpoints?|prevented|banned|forbade|curfew|recruit(?:ed|ing|ment)|ordered\s+(?:\w+\s+){0,3}to\s+(?:leave|flee)|(?<!under\s)(?<!under\sa\s)blockade|blocked|"
             r"imposed|displacement|forced\s+(?:\w+\s+){0,3}to\s+(?:leave|flee)|encircled|besieg(?:ed|ing)|"
             r"sieged|threatened|warned|ultimatum|déploy(?:é|és|ées)|(?<!sous\s)blocus|assiég(?:é|és|ée)")
CLASH = _rx(r"clash(?:ed|es)?|fight(?:ing)?(?!\s+against\s+(?:\w+\s+)?(?:terror|jihad|insurg|extrem|crime|armed\s+groups))|fought|firefight|gunfight|exchange(?:d)?\s+(?:of\s+)?(?:gun)?fire|"
            r"exchanges\s+of\s+(?:gun)?fire|returned\s+fire|repel(?:led)?|repuls(?:ed|ing)|counter-?attack(?:ed)?|"
            r"ambush(?:ed|es)?|battle|(?<!de\s)combats?|affrontements?|accrochages?|embuscades?|riposte|riposté|repoussé|"
            r"routed|fought\s+back|resisted|défendu|"
            r"attaque\s+contre\s+(?:un|le|la|les)\s+(?:poste|camp|base|position)")
# Operations and raids are events only when something happens in them (deaths, arrests).
OPERATION = _rx(r"offensive|operations?|counterinsurgency|counter-?terrorism\s+operations?|raids?|sweeps?|"
                r"opérations?|ratissages?")
KILLING = _rx(r"kill(?:ed|ing|s)?|dead|deaths?|died|execut(?:ed|ions?)|massacr(?:ed|es?)|wounded|injured|"
              r"tu(?:é|és|ée|ées)|tuant|morts?|bless(?:é|és|ée|ées)|exécut(?:é|és|ée|ées)|neutralis(?:é|és)|neutrali[sz]ed|"
              r"claimed\s+the\s+lives|lost\s+their\s+lives|left\s+(?:\w+\s+){1,3}dead|assassinated|"
              r"(?:perdu|trouvé)\s+la\s+(?:vie|mort)|coûté\s+la\s+vie")
ATTACK = _rx(r"attack(?:ed|s|ing)?|assault(?:ed|s)?|raided|stormed|targeted|opened\s+fire|shot|shooting|gunned\s+down|"
             r"fired\s+(?:\w+\s+)?(?:gunshots|shots|rounds|bullets)|fired\s+(?:\w+\s+){0,3}?(?:at|on|upon|against)|shot\s+at|"
             r"harass(?:ed|ing)|incursions?|ouvert\s+le\s+feu|tiré\s+sur|attempted\s+to\s+(?:assassinate|kill|mutilate|stab|behead)|assassination\s+attempt|"
             r"kill(?:ed|ing|s)?|execut(?:ed|ions?|ing)|massacr(?:ed|es?)|murder(?:ed|s)?|beheaded|slaughtered|"
             r"tortur(?:ed|e)|beat(?:en)?|attaqu(?:é|és|ée|ées|e|er)|attaque|tu(?:é|és|ée|ées)|tuant|exécut(?:é|és|ée|ées)|"
             r"assassin(?:é|és|at)|assassinat(?:ed|ions?)|stabbed|massacre|fusillade|abattu(?:s)?|poignardé(?:e|s|es)?|"
             # Harm short of killing, done to someone: "wounded a civilian", "whipped two women".
             r"(?:wounded|injured)(?=\s+(?:a|an|one|two|three|four|five|several|\d+|the)\b)|whipped|flogged|lashed|"
             r"amputated|mutilated?|mistreated|ill-treated|fouetté(?:e|s|es)?|amputé(?:e|s|es)?|maltraité(?:e|s|es)?|"
             r"s['’]en\s+(?:sont|est)\s+pris(?:e|es)?\s+(?:à|aux?)|fait\s+irruption|passés?\s+par\s+les\s+armes|"
             r"égorg(?:é|és|ée|ées)|décapit(?:é|és|ée|ées)|criblés?\s+de\s+balles|fusillé(?:e|s|es)?")
# Soldiers and militiamen off duty or at home are attacked as civilians (ACLED).
_OFF_DUTY = (r"off-duty|(?:at|in\s+front\s+of)\s+(?:his|her|their)\s+(?:home|house|residence|domicile)|"
             r"(?:on|in)\s+(?:his|her|their)\s+(?:farm|farmland|field)s?")
OFF_DUTY = _rx(_OFF_DUTY)
CIVILIAN_TARGET = _rx(r"villages?|town|hamlet|market|cattle\s+market|mosque|church|school|homes?|houses?|"
                      r"residents|civilians?|people|individuals|community|passengers|bus(?:es)?|traders|herders|"
                      r"farmers|IDP|displaced|wedding|funeral|worshippers|village|hameau|marché|mosquée|église|école|"
                      r"habitants|civils|population|minibus(?:es)?|tricycles?|pirogues?|boats?|trucks?|"
                      r"(?:gold\s+)?miners|mining\s+sites?|orpailleurs|chercheurs\s+d['’]or|sites?\s+d['’]orpaillage|"
                      r"campements?|encampments?|settlements?|workers|ouvriers|commerçants|éleveurs|bergers|"
                      r"agriculteurs|cultivateurs|villageois|fidèles|élèves|students|enseignants|passagers|voyageurs|"
                      r"(?:transport|commercial|civilian|passenger|public)\s+(?:vehicles?|trucks?|bus(?:es)?)|"
                      r"(?:IDP|displaced|refugee|nomad\w*|herders?['’]?|pastoral\w*)\s+(?:persons['’]?\s+)?(?:camps?|sites?)|"
                      r"pastoral\w*|shepherds?|herdsm[ae]n|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|teachers?|"
                      rf"{_OFF_DUTY}|"
                      # Aid convoys are civilians, whatever "convoy" says.
                      r"(?:ICRC|MSF|NGOs?|WFP|UNICEF|humanitarian|aid|health|medical)\s+(?:[\w-]+\s+)?"
                      r"(?:convoys?|vehicles?|staff|workers|teams?|trucks?)|ambulances?|"
                      r"camps?\s+(?:for|of)\s+(?:the\s+)?(?:displaced|refugees|IDPs)|camion|car\s+de\s+transport")
# Fighting on the ground: with it, an air strike or a bomb is part of a battle (ACLED codes the battle).
GROUND_FIGHT = _rx(r"clash(?:ed|es)?|exchange[sd]?\s+(?:of\s+)?(?:gun)?fire|gunfire|gunfight|firefight|fighting|"
                   r"ground\s+(?:operation|assault|attack|forces|troops|offensive)|air-ground|air-supported|commandos?|"
                   r"ambush(?:ed|es)?|armed\s+assault|combats?|affrontements?|accrochages?|embuscades?|"
                   r"opération\s+aéroterrestre|tirs?\s+nourris|échanges?\s+de\s+tirs")
_ARMED_PEOPLE = (r"(?:dozos?|donsos?|militiam[ae]n|militia\s+(?:members?|chiefs?|leaders?)|"
                 r"policem[ae]n|police\s+officers?|gendarmes?|(?:forest|national|security)\s+guards?|guardsm[ae]n|"
                 r"soldiers?|troops|combatants?|peacekeepers?|self-defen[cs]e|soldats|militaires|policiers|"
                 r"miliciens|chasseurs\s+dozos?|casques\s+bleus|militants|gunmen|assailants|attackers|jihadists|"
                 r"terrorists|insurgents|rebels|fighters|assaillants|terroristes|djihadistes|jihadistes)")
# Armed people on the receiving end: "killed two Dozo militiamen", "abducting two CMA combatants",
# "one Dozo militiaman was killed".
ARMED_VICTIM = _rx(r"(?:kill(?:ed|ing)|shot(?:\s+dead)?|wound(?:ed|ing)|injur(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|"
                   r"assassinated|tu(?:é|és|ée|ées|ant)|bless(?:é|és|ant)|enlev(?:é|és|ant))\s+"
                   rf"(?:(?!by\b|par\b|off-duty|retired|former|unarmed)[\w'’-]+\s+){{0,4}}?{_ARMED_PEOPLE}|"
                   rf"(?<!off-duty\s){_ARMED_PEOPLE}\s+(?:[\w'’-]+\s+){{0,4}}?(?:was|were|ont\s+été|a\s+été)\s+(?:\w+\s+)?"
                   r"(?:killed|wounded|injured|abducted|kidnapped|tu(?:é|és)|bless(?:é|és)|enlev(?:é|és))")
# Things that kill but are not political violence: they yield no event.
NOT_CONFLICT = _rx(r"floods?|flooding|drought|earthquake|landslides?|storm|cyclone|epidemic|cholera|malaria|"
                   r"covid|disease|accident|crash(?:ed)?|collided|collision|drown(?:ed|ing)|heatwave|famine|"
                   r"inondations?|séisme|épidémie|naufrage|noyade|plunged|overturned|capsiz(?:ed|ing)|derail(?:ed|ment)|"
                   r"lost\s+control|plough(?:ed)?\s+into|plow(?:ed)?\s+into|lightning|stampede|crowd\s+crush|"
                   r"(?:building|mine|pit|shaft|bridge|wall|roof|dam|house)s?\s+(?:\w+\s+)?collapse[sd]?|caught\s+fire|fire\s+broke\s+out|"
                   r"gas\s+(?:leak|explosion|cylinder)|bouteille\s+de\s+gaz|short[- ]circuit|court-circuit|éboulement|"
                   r"tanker\s+explosion|explosion\s+de\s+gaz|fuite\s+de\s+gaz|renvers(?:é|ée)|chavir(?:é|ement)|foudre|bousculade|effondrement|"
                   r"camion-citerne|sortie\s+de\s+route|"
                   # animals, and attacks on computers
                   r"sharks?|crocodiles?|elephants?|éléphants?|hippopotam\w+|hippos?|snakes?|snakebites?|serpents?|"
                   r"stray\s+dogs?|chiens?\s+errants?|rabies|antirabique|locusts?|criquets|hyenas?|hyènes?|"
                   r"hackers?|hacking|cyber-?attacks?|cyberattaques?|ransomware|rançongiciels?|pirates\s+informatiques|"
                   r"piratage\s+informatique|data\s+breach")
# Reports of no new event in violent words: a trial, a parade, an exercise, condolences, an anniversary,
# an annual toll, an arms package.
NO_NEW_EVENT = _rx(r"condolences|condoléances|anniversa(?:ry|ire)|commemorat\w+|commémor\w+|se\s+sont\s+recueilli\w*|"
                   r"(?:military\s+|night-time\s+)?parade|défilé\s+militaire|"
                   r"(?:annual|yearly|quarterly)\s+report|rapport\s+(?:annuel|trimestriel)|"
                   r"sentenced|(?:life|whole-life|prison|jail)\s+(?:sentence|term)|verdict|on\s+trial|procès|"
                   r"condamn(?:é|ée|és|ées)\s+à\s+(?:mort|perpétuité|la\s+prison|\d+)|"
                   r"(?:routine|joint|military|live-fir(?:e|ing))\s+(?:\w+\s+)?(?:training|exercises?|drills?)|training\s+(?:exercises?|accident|flight)|"
                   r"vol\s+d['’]entraînement|lors\s+d['’]un\s+(?:exercice|entraînement)|exercices?\s+militaires?|"
                   r"manœuvres\s+militaires|formation\s+(?:au\s+combat|militaire)|fin\s+de\s+(?:stage|formation)|"
                   r"package\s+of|arms\s+(?:deal|sale|package)s?|worth\s+(?:about\s+|some\s+)?(?:\$|US\$|€)|"
                   r"sanctions\s+(?:on|against|contre)|(?:imposed|imposes|new)\s+sanctions|freez\w+\s+(?:\w+\s+){0,3}assets|"
                   r"gel\s+des\s+avoirs|acquitt\w*|cour\s+d['’]assises|military\s+court|tribunal\s+militaire|charged\s+over|"
                   r"poursuivis\s+pour|convicted|reparations|réparations|commission\s+d['’]enquête|commission\s+of\s+inquiry|"
                   r"(?:rendu|publié)\s+ses\s+conclusions|published\s+its\s+findings|"
                   r"présentée?s?\s+au\s+drapeau|prise\s+d['’]armes|sortie\s+de\s+promotion|passing[- ]out|"
                   r"graduation\s+ceremony|techniques\s+de\s+combat|combat\s+techniques|instruction\s+militaire")
# An earlier event mourned, condemned or recalled, its victims' families appealing; a threat in a
# video; sport in the words of war. Unlike a trial, these also follow abductions and arrests.
AFTERMATH = _rx(r"funerals?|burial|buried|mourners|coffins|memorial|in\s+memory\s+of|laid\s+wreaths|obsèques|"
                r"funérailles|inhumé(?:e|s|es)?|hommage|en\s+mémoire|gerbes|"
                r"(?:strongly\s+|firmly\s+)?condemn(?:ed|s|ing|ation)|(?:fermement|vigoureusement|énergiquement)"
                r"\s+condamn\w*|condamn(?:e|é|ent)\b[^.;]{0,40}?(?:l['’]|les?\s+|ces?\s+)"
                r"(?:attaque|attentat|assassinat|enlèvement|actes?)|"
                r"(?:families|relatives|parents|proches|familles)\b[^.;]{0,80}?(?:appeal\w*|appel\w*|secure\s+(?:his|her|their)\s+release|"
                r"obtenir\s+(?:sa|leur)\s+libération)|"
                r"(?:il\s+y\s+a|voici)\s+(?:\w+\s+)?(?:ans?|années?|mois)\b|\b(?:years?|months?)\s+ago|one\s+year\s+since|"
                r"\b(?:\w+|\d+)\s+(?:ans|années|years)\s+(?:après|after|on\b|since)|"
                r"(?:freed|released|libérée?s?)\s+(?:\w+\s+){0,4}?(?:after|après)\s+(?:\w+\s+){0,4}?"
                r"(?:in\s+captivity|de\s+captivité|de\s+détention)|"
                r"(?:video|audio|message|statement|vidéo|communiqué)\b[^.;]{0,100}?(?:threat\w*|menac\w*|promet\w*\s+de)|"
                r"threatened\s+to\s+(?:attack|strike|kill|target)\b[^.;]{0,80}?(?:video|audio|message|statement)|"
                r"retrouvé\s+(?:sa|leur|leurs)\s+famille|reunited\s+with|de\s+retour\s+(?:en|au|aux|à|dans|chez)\b|"
                r"told\s+(?:\w+\s+){0,2}of\s+(?:his|her|their)\s+(?:ordeal|captivity)|"
                r"accueilli(?:e|s|es)?\s+(?:\w+\s+){0,3}(?:tarmac|aéroport|descente\s+d['’]avion)|"
                r"welcomed\s+(?:\w+\s+){0,3}(?:home|airport|tarmac)")
# Sport in the words of war: a derby "clash", a striker's "shot". A bomb at a match is no sport.
SPORT = _rx(r"derby|football|soccer|goalkeeper|striker|midfielder|championnat|footballeurs?|"
            r"\b\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|draw|loss|victoire|défaite)|beat\s+(?:\w+\s+){1,3}\d{1,2}-\d{1,2}")
ARMS_BOUGHT = (r"jets?|aircraft|avions|warplanes|helicopters?|hélicoptères|drones?|missiles?|frigates?|frégates?|tanks?|"
               r"chars|armou?red|blindés|warships?|submarines?|sous-marins")
# The business of armies and governments, and the words of war in politics and trade: pay, recruitment,
# troops home, defence accords between states, forums to come, debates, speeches, price wars, a video's
# authenticity in doubt.
ROUTINE = _rx(r"bonus(?:es)?|allowances?|arrears|salaires?|primes|returned\s+home|rentrés?\s+au\s+pays|"
              r"recruitment\s+(?:exercise|drive|campaign)|campagne\s+de\s+recrutement|online\s+registration|"
              r"(?:defen[cs]e|military)\s+(?:cooperation|partnership)|(?:accord|partenariat)\s+de\s+(?:coopération|partenariat)?\s*"
              r"(?:militaire|de\s+défense)|coopération\s+militaire|defen[cs]e\s+pact|will\s+meet|forum|summit|sommet|"
              r"(?:verbal|blistering|scathing|fierce|virulent)\s+attack|attaque\s+en\s+règle|"
              r"(?:attack|attaque)\s+(?:\w+\s+){0,2}(?:on|against|contre)\s+(?:the\s+|la\s+|le\s+|les\s+)?(?:\w+['’]s\s+)?"
              r"(?:politique|policy|policies|gestion|handling|bilan|record|réforme|reform|economy|budget)|"
              r"(?:heated\s+|televised\s+|live\s+)?debate|débat|press\s+conference|conférence\s+de\s+presse|"
              rf"(?:(?:purchase|acquisition|achat|commande|delivery|livraison)\s+(?:of|de|d['’]|du|des)|"
              rf"acquis|acquired|bought|commandé|ordered)\s+(?:[\w-]+\s+){{0,4}}?(?:{ARMS_BOUGHT})|agreed\s+to\s+(?:buy|purchase)|"
              r"(?:retrait|withdr[ae]w\w*|quit|leave|leaving|sortie)\b[^.;]{0,40}?"
              r"(?:Cédéao|Ecowas|Union\s+africaine|African\s+Union|G5\s+Sahel|Commonwealth|regional\s+bloc)|"
              r"(?:guerre|war|lutte|fight|riposte|offensive)\s+(?:\w+\s+){0,2}?(?:à|contre|against|on)\s+(?:la\s+|le\s+|l['’]|the\s+)?"
              r"(?:fièvre|ebola|paludisme|malaria|épidémie|epidemic|covid|cholera|choléra|rougeole|measles|polio|virus|pandemic|"
              r"pandémie|mpox|méningite|meningitis)|(?:displaced|déplacés)\b[^.;]{0,60}?(?:return|retour|regagn\w+|rentr\w+)|"
              r"news\s+conference|price\s+war|guerre\s+des\s+prix|trade\s+war|guerre\s+commerciale|authenticity|authenticité|purport\w*")
# Ammunition left from an old war, found and made safe: no event unless it hurt someone.
WAR_REMNANT = _rx(r"left\s+over\s+from|remnants?\s+of\s+(?:the|past|an?\s+old)|vestiges?\s+d[eu]|world\s+war|"
                  r"(?:première|seconde|deuxième)\s+guerre\s+mondiale|rusting|rusty|rouillée?s?|old\s+(?:shells?|bombs?|mines?)")
HARMED = _rx(r"killed|wounded|injured|hurt|maimed|tu(?:é|és|ée|ées)|(?<!de\s)bless(?:é|és|ée|ées)|mutilé\w*")
# Ordinary crime: police work against fraudsters, forgers and traffickers, robberies and burglaries.
# ACLED codes none of it unless an armed or political group is in it.
CRIME = _rx(r"robbers?|armed\s+robbery|braqu(?:eurs?|age)|burglar(?:s|y)?|cambriol\w+|car[- ]theft|theft\s+(?:ring|syndicate)|"
            r"vol\s+de\s+(?:voitures?|véhicules?|motos?)|counterfeit\w*|faux\s+billets|fraud\w*|escroq\w+|brouteurs?|"
            r"cybercrim\w+|drugs?|heroin|cocaine|cannabis|méthamphétamine|stupéfiants|drogues?|poach(?:ers?|ing)|braconn\w+|"
            r"pickpockets?|shoplift\w*|smuggl\w+|contrebande\w*|customs\s+officers|douaniers|corruption|embezzl\w+|"
            r"détournement|money\s+laundering|blanchiment|tax\s+(?:evasion|officials|inspectors)|fraude\s+fiscale|"
            r"undeclared\s+income|defraud\w*|escrocs?|thie(?:f|ves)|voleurs?|"
            r"(?:suspected|accused)\s+of\s+(?:\w+\s+)?(?:stealing|theft|defrauding|snatching|robbing|burgling|swindling|pickpocketing)|(?:soupçonn|accus)\w*\s+d['’]avoir\s+(?:volé|escroqué|détourné)")
POLITICAL = _rx(r"gunmen|armed\s+(?:men|group)|hommes\s+armés|militants?|jihad\w*|terror\w*|insurg\w*|rebels?|"
                r"opposition|journalists?|activists?|protesters|clash\w*|affrontements?|fought|exchange\s+of\s+fire|"
                r"soldiers|troops|army|military|soldats|militaires|armée")  # soldiers who kill smugglers: an event
CROWD = _rx(r"residents|villagers|crowds?|youths|habitants|villageois|foule|population")  # who beat a thief
ARMED_WORDS = _rx(r"armed\s+(?:groups?|movements?|factions?)|groupes?\s+armés?|mouvements?\s+armés|factions?|frange|"
                  r"militias?|milices?|militiam[ae]n|miliciens|détachement\s+militaire|military\s+detachment")
# Sentencing in words: "condamnés à vingt ans de réclusion".
SENTENCED = _rx(r"condamn(?:é|ée|és|ées)\s+(?:\w+\s+){0,3}à\s+(?:\w+\s+){1,3}(?:ans|années|mois)\s+de\s+(?:prison|réclusion|détention)")
# Crime between people who know each other: no political violence, whoever the killer is.
DOMESTIC = _rx(r"dispute\s+(?:conjugale|familiale)|conflit\s+familial|querelle\s+(?:familiale|conjugale)|crime\s+passionnel|"
               r"domestic\s+(?:dispute|violence|quarrel)|family\s+(?:dispute|feud|quarrel|row)|marital\s+dispute|"
               r"business\s+partner|unpaid\s+debt|over\s+a\s+debt|par\s+son\s+voisin|by\s+(?:his|her)\s+neighbou?r|"
               r"(?:à\s+la\s+suite\s+d['’]une|après\s+une|suite\s+à\s+une)\s+(?:dispute|querelle|altercation|bagarre)|"
               r"(?:after|following)\s+an?\s+(?:argument|quarrel|row)\s+(?:with|over)|"
               r"(?:kill(?:ed|ing)|murder(?:ed|ing)|stabb(?:ed|ing)|poison(?:ed|ing)|strangl(?:ed|ing))\s+(?:his|her)\s+(?:own\s+)?"
               r"(?:wife|husband|uncle|aunt|father|mother|brother|sister|son|daughter|cousin|nephew|niece|stepfather|"
               r"stepmother|father-in-law|mother-in-law)|(?:tué|assassiné|poignardé|empoisonné|étranglé)\s+(?:sa|son)\s+"
               r"(?:épouse|femme|mari|oncle|tante|père|mère|frère|sœur|fils|fille|cousin|cousine|neveu|nièce|beau-père|belle-mère)")
ARMED_TARGET = _rx(r"army|soldiers?|troops|military|camp|base|post|position|checkpoint|convoy|patrol|forces|"
                   r"militants?|jihadists?|fighters?|gendarmes?|police|peacekeepers?|militiam[ae]n|militia|"
                   r"mercenaries|mercenaires|terrorists?|terroristes|insurgents?|rebels?|assailants|assaillants|"
                   r"guards?|commanders?|security\s+force\s+members?|members?\s+of\s+the\s+(?:security|armed)\s+forces|"
                   r"policem[ae]n|combatants?|self-defen[cs]e|dozos?|donsos?|"
                   r"armée|soldats|militaires|poste|patrouille|convoi|gendarmerie|FAMa|MINUSMA|Barkhane")
# Running totals and trends are claims about many events, not one event.
STATISTIC_RE = re.compile(
    r"(?i)\b(?:so\s+far|thus\s+far|to\s+date|in\s+total|since\s+(?:19|20)\d\d|since\s+the\s+start|"
    r"over\s+the\s+(?:past|last)\s+\w+|in\s+(?:the\s+)?past\s+(?:year|months?|decade)|each\s+year|per\s+year|"
    r"a\s+month|every\s+(?:year|month)|have\s+been\s+killed\s+in\s+incidents|depuis\s+le\s+début|"
    r"au\s+total|jusqu'à\s+présent|jusqu’à\s+présent|last\s+year|l['’]an\s+dernier|l['’]année\s+dernière|"
    r"(?:in|en|during|durant|pendant)\s+(?:19|20)\d\d(?!\s*[\d/-])|(?:first|second)\s+half\s+of\s+(?:the\s+)?year|"
    r"(?:premier|second)\s+semestre|year-end|(?:first|second)\s+(?:year|months?)\s+of|(?:première|deuxième)\s+année\s+de|"
    r"since\s+the\s+(?:war|conflict|fighting|crisis)\s+(?:began|started|broke\s+out|erupted)|(?:entre|between)\s+\w+\s+(?:et|and)\s+\w+\s+(?:19|20)\d\d|"
    r"(?:entre|between)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:et|and)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December)|during\s+the\s+(?:past|last)\s+\w+|"
    r"au\s+cours\s+des\s+(?:\w+\s+)?derni(?:ers|ères)\s+(?:semaines|mois|jours|années))\b")
# A study's count of a year's or a period's dead: no event, whatever day it was published.
STUDY_RE = re.compile(r"(?i)\b(?:reports?|rapports?|study|étude|figures|chiffres|data|données)\s+(?:\w+\s+){0,3}?"
                      r"(?:published|released|publiée?s?|rendue?s?\s+publique?s?|analy[sz]ed|analysée?s?)\b|"
                      r"\b(?:said|says)\s+in\s+(?:a|its)\s+(?:[\w-]+\s+){0,2}report|dans\s+(?:un|son)\s+rapport|"
                      r"selon\s+(?:le|un)\s+(?:dernier\s+|nouveau\s+)?rapport|according\s+to\s+(?:a|the|its)\s+(?:latest\s+|new\s+)?report")

# What has not happened: a trigger said after these is a plan, a forecast or a fear, not an event.
NOT_YET = re.compile(r"(?i)(?:\b(?:will|would|could|might|shall|plans?\s+to|planning\s+to|intends?\s+to|vow(?:s|ed)?\s+to|"
                     r"fears?|feared|pourrai(?:t|ent)|va|vont|sera|seront|(?:is|are)\s+expected\s+to)\s+(?!not\b|have\b|pas\b)"
                     r"(?:\w+\s+){0,2}|\b(?:risks?\s+of|risque\s+d['’e])[^.;]{0,40})$")
# A protest called, announced or given notice of: it has not happened yet.
_CALLS = (r"call(?:s|ed)?\s+(?:for|on\s+(?:\w+\s+){1,3}to\s+(?:join|hold|stage))|appel(?:é|le|lent|ait|aient)\s+(?:\w+\s+){0,2}à|"
          r"annonc(?:é|e|ent|ait)|announc(?:ed|es|ing)|préavis\s+de|mot\s+d['’]ordre\s+de|appel\s+à\s+(?:la|une)")
CALLED = re.compile(rf"(?i)\b(?:{_CALLS}|plan(?:s|ned)?\s+to\s+(?:hold|stage)|threaten(?:s|ed)?\s+(?:to|with)|"
                    rf"menac\w*\s+d(?:e|['’]\w+)|will\s+(?:hold|stage|march)|to\s+join)\s+(?:\w+\s+){{0,4}}$")
# A call to protest, in whatever words the protest is named: "called for a million-man march".
CALL_TO_PROTEST = _rx(rf"(?:{_CALLS})\s+(?:[\w'’-]+\s+){{0,4}}?(?:march(?:es)?|protests?|rall(?:y|ies)|strikes?|sit-ins?|"
                      rf"demonstrations?|marches?|manifestations?|grèves?|rassemblements?)")
# Analysts who foresee, officials who fear or warn of what could happen: no event in what they say.
FORECAST = _rx(r"(?:analysts?|experts?|analystes|chercheurs?|observers|observateurs|think\s+tank)\b[^.;]{0,120}?"
               r"\b(?:could|might|may|pourrai(?:t|ent)|risque|fear|craign\w+)|"
               r"(?:fears?|feared|craint|craignent|redout\w+)\b[^.;]{0,80}?\b(?:if|si|could|might|pourrai(?:t|ent))\b|"
               r"warn(?:s|ed)\s+(?:\w+\s+){0,6}?(?:not\s+to|against|that\s+(?:\w+\s+){0,4}?(?:could|might|may|would))|"
               r"(?:mis|met|mettent)\s+en\s+garde")
