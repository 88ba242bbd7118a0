"""Event type rules on real and French sentences, and non-events that must yield nothing."""

import pytest

from crisismap.event_types import classify


@pytest.mark.parametrize("text, victims, expected", [
    ("JNIM militants killed three farmers in Tongolo-Coura.", True, ("Violence against civilians", "Attack")),
    ("An armored vehicle of MINUSMA hit an IED planted by JNIM militants.", False,
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("JNIM militants abducted a marabout on the road between Sevare and Konna.", True,
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Residents staged a protest against power cuts in Kidal.", False, ("Protests", "Peaceful protest")),
    ("Security forces dispersed the demonstrators with tear gas.", False, ("Protests", "Protest with intervention")),
    ("Unknown gunmen opened fire against a Malian army vehicle; soldiers returned fire.", False,
     ("Battles", "Armed clash")),
    ("The Malian army carried out airstrikes on a JNIM logistic site.", False,
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Peacekeepers discovered and dismantled an IED near Djebok.", False,
     ("Strategic developments", "Disrupted weapons use")),
    ("An unidentified armed group looted two warehouses in the village of Demeke.", False,
     ("Strategic developments", "Looting/property destruction")),
    ("Des hommes armés ont tendu une embuscade à une patrouille des FAMa.", False, ("Battles", "Armed clash")),
    ("Des individus armés ont enlevé deux commerçants.", True,
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Mortar shells fell on the MINUSMA camp in Kidal.", False,
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("A suicide bomber drove a car bomb into the camp.", False, ("Explosions/Remote violence", "Suicide bomb")),
    ("Unknown gunmen wounded a civilian in the town of Douentza.", True, ("Violence against civilians", "Attack")),
    ("Katiba Macina militants whipped two women for wearing colored veils.", True,
     ("Violence against civilians", "Attack")),
    ("Unknown gunmen shot and killed an off-duty army corporal in front of his home.", False,
     ("Violence against civilians", "Attack")),
    ("Dozo militiamen killed a Fulani pastoralist man at his camp.", False, ("Violence against civilians", "Attack")),
    ("Unknown gunmen intercepted a vehicle and robbed the passengers.", False,
     ("Strategic developments", "Looting/property destruction")),
    ("Unknown gunmen killed a militiaman at his home in the town.", False, ("Violence against civilians", "Attack")),
    ("Militants opened fire against an ICRC convoy of two vehicles.", False, ("Violence against civilians", "Attack")),
    ("Militants opened fire against an army convoy of two vehicles.", False, ("Battles", "Armed clash")),
    ("Des hommes armés ont ouvert le feu sur un campement d'orpailleurs.", False, ("Violence against civilians", "Attack")),
    ("Une bombe actionnée à distance a fait trois morts au marché.", True,
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Des miliciens ont incendié une dizaine de maisons à Kalunguta.", False,
     ("Strategic developments", "Looting/property destruction")),
    ("Gunmen seized two foreign engineers from a construction site.", True,
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Police arrested the former prime minister at his home shortly after a court sentenced him.", False,
     ("Strategic developments", "Arrests")),
    ("Militants destroyed a monument commemorating the independence in the village.", False,
     ("Strategic developments", "Looting/property destruction")),
    ("Gunmen attacked a military parade, killing 25 people.", True, ("Battles", "Armed clash")),
    ("Les FARDC ont reconquis plusieurs villages tombés aux mains du M23.", False,
     ("Battles", "Government regains territory")),
    ("Des manifestants ont envahi une base des Casques bleus, pillant du matériel.", False,
     ("Riots", "Violent demonstration")),
    ("Des milliers de manifestants ont défilé contre la réforme; le cortège s'est dispersé sans incident.", False,
     ("Protests", "Peaceful protest")),
    ("Air defences shot down more than 30 drones launched at the capital overnight.", False,
     ("Strategic developments", "Disrupted weapons use")),
    ("Gunmen seized forty head of cattle from herders near the well.", False,
     ("Strategic developments", "Looting/property destruction")),
    ("Gunmen made an incursion into the village; one person was wounded.", True, ("Violence against civilians", "Attack")),
    ("Militants fired with heavy weapons against the village.", True, ("Violence against civilians", "Attack")),
    ("Unknown gunmen attempted to assassinate a local councillor in the town.", True,
     ("Violence against civilians", "Attack")),
    ("A child was wounded while playing with unexploded ordnance near the school.", True,
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # A Protestant church is no protest.
    ("Des hommes armés ont attaqué une église protestante pendant le culte, tuant cinq fidèles.", True,
     ("Violence against civilians", "Attack")),
])
def test_classify(text, victims, expected):
    et = classify(text, civilian_victims=victims)
    assert et is not None and (et.event_type, et.sub_event_type) == expected
    assert text[et.start:et.end] == et.trigger


@pytest.mark.parametrize("text", [
    "Floods killed 20 people in Mopti after heavy rains.",
    "A bus crash killed twelve passengers on the road to Segou.",
    "The foreign minister met his Russian counterpart in Bamako.",
    "Cholera has killed 15 people in the region this month.",
    "Two soldiers were wounded in the accident.",
    "Un camion militaire s'est renversé samedi sur la nationale 4, tuant cinq soldats.",
    "A bus plunged into a gorge on a mountain road, killing at least 19 passengers.",
    "Un homme a poignardé son épouse au cours d'une dispute conjugale, a indiqué la police.",
    "The president expressed condolences after the deaths of soldiers in an ambush last week.",
    "A court sentenced the last surviving member of the attackers to life in prison.",
    "Tanks and missile launchers rolled through the square in a parade marking the army's anniversary.",
    "The army will carry out routine artillery training next week; residents should not fear the explosions.",
    # ordinary crime: police work against fraudsters, forgers and traffickers; robberies
    "Police arrested four men accused of running a counterfeit currency workshop in a rented flat.",
    "La police a interpellé six trafiquants de drogue présumés et saisi 40 kg de cannabis.",
    "Armed robbers attacked a jewellery shop downtown and shot a guard before fleeing with gold.",
    "A farmer is being held for stabbing his brother to death in a row over a plot of land.",
    # an earlier event mourned, condemned, recalled; a threat in a video; sport
    "Thousands attended the funeral of the nine traders killed in Sunday's ambush.",
    "Les victimes de l'attaque de jeudi ont été inhumées samedi en présence du ministre.",
    "The regional bloc strongly condemned the attack on the army camp and urged calm.",
    "Le gouvernement a fermement condamné l'attentat et décrété trois jours de deuil.",
    "The families of two engineers kidnapped last spring appealed to the government for help.",
    "A jihadist group released a video in which its leader threatened to attack foreign troops.",
    "The home side beat their rivals 3-1 in a fierce derby clash, the striker's shot deciding it.",
    "Trois hommes ont été condamnés à quinze ans de réclusion pour l'attaque d'un commissariat.",
    "Children found a rusty shell and soldiers destroyed it during a training exercise at the range.",
    # the business of armies and governments; war words in politics and trade; accidents
    "The ministry promised that bonuses owed to troops deployed in the east would be paid this month.",
    "The senator launched a scathing attack on the government's handling of the economy.",
    "Les deux candidats se sont affrontés lors d'un débat télévisé sur la fiscalité.",
    "Both countries signed a defence cooperation agreement on training and equipment.",
    "Customs officers arrested eleven suspected smugglers and seized sacks of rice at the border.",
    "A military court acquitted three officers charged over the deaths of detainees in 2019.",
    "Sept orpailleurs sont morts dans l'éboulement d'un puits sur un site aurifère.",
    "Two people were hurt when a gas cylinder exploded in a restaurant kitchen.",
    "Ten years after the massacre, survivors gathered in the village square to pray.",
    # animals and computers; arms bought by states
    "A fisherman was killed by a crocodile while checking his nets on the river.",
    "Hackers launched an attack on the ministry's website, taking it offline for two days.",
    "The air force took delivery of four attack helicopters bought from Turkey.",
    # not yet: a protest called for, a strike notice, a forecast, a risk, a plan
    "Opposition parties called for a march on Saturday to demand electoral reform.",
    "Les syndicats de la santé ont déposé un préavis de grève de 48 heures.",
    "Analysts fear the militants could soon attack the regional capital.",
    "Travel advisories cite the risk of kidnapping and armed attacks in the north.",
    # theft and fraud before the police; an inquiry that reports on an old attack
    "Police arrested three men suspected of stealing motorbikes from a market car park.",
    "Une commission d'enquête a rendu ses conclusions sur l'attaque du camp.",
    # fears and warnings of what could happen; a strike called; soldiers sworn in; a year's toll; arms bought
    "L'ONU craint un bain de sang si les combats gagnent la ville.",
    "The army warned travellers that militants could strike vehicles on the road at night.",
    "Les syndicats ont lancé un mot d'ordre de grève de 48 heures à compter de lundi.",
    "Un bataillon de 600 soldats a été présenté au drapeau après dix semaines d'instruction aux techniques de combat.",
    "Le pays a acquis deux hélicoptères de combat pour ses opérations dans le nord.",
    "Three countries announced their withdrawal from Ecowas in a joint statement.",
    "The freed hostage was welcomed home at the airport by the president.",
    "The home side beat their rivals 2-0 in a bruising derby.",
    # more of the same classes: a march announced, a strike threatened, an anniversary, a quarrel between
    # neighbours, a war on a disease, displaced people going home, a hostage freed telling of captivity
    "Opposition leaders announced a march for next Thursday to demand the release of detained activists.",
    "Les transporteurs menacent d'observer une grève illimitée à partir du 20 octobre.",
    "Parents gathered to mark ten years since the abduction of the schoolgirls.",
    "Un commerçant a été poignardé par son voisin à la suite d'une dispute autour d'un mur mitoyen.",
    "Le ministère a déclaré la guerre à la fièvre Ebola et promis une riposte rapide.",
    "Hundreds of displaced people left the camp this week to return to their neighbourhoods.",
    "Freed after two months in captivity, the teacher described being marched through the forest each night.",
    "Les bataillons seront déployés dans les régions du nord d'ici la fin de l'année.",
    "Police arrested two men suspected of snatching cash from a mobile money vendor.",
])
def test_not_events(text):
    assert classify(text, civilian_victims="people" in text or "passengers" in text) is None


@pytest.mark.parametrize("text, expected", [
    ("Villagers caught two suspected cattle thieves and robbers and beat them to death.", "Attack"),
    ("Police fired tear gas at protesters denouncing drug trafficking in the capital.", "Protest with intervention"),
    ("Drug traffickers clashed with each other near the border; three were killed.", "Armed clash"),
    ("Gunmen robbed travellers and killed a driver on the road to the market.", "Attack"),
    ("An airstrike hit a funeral procession in the valley, killing 12 mourners.", "Air/drone strike"),
    ("Hundreds marched to demand the release of two jailed journalists.", "Peaceful protest"),
    # a protest that happened after one was called for; a shell, not an accident, crashed into a market
    ("Protesters marched through the capital on Friday after unions called for a general strike.", "Peaceful protest"),
    ("Shells crashed into a crowded market, killing five people.", "Shelling/artillery/missile attack"),
])
def test_crime_and_mourning_words_do_not_hide_events(text, expected):
    et = classify(text, civilian_victims=True)
    assert et is not None and et.sub_event_type == expected


@pytest.mark.parametrize("text, expected, agent", [
    ("Des centaines de personnes se sont rassemblées devant le gouvernorat pour réclamer de l'eau.", "Peaceful protest", False),
    ("Police used live bullets to break up a march against the new tax law, killing a student.",
     "Excessive force against protesters", False),
    ("Deux femmes se sont fait exploser près du marché, tuant quatre passants.", "Suicide bomb", False),
    ("Medics treated dozens for breathing problems after shells filled with chlorine hit the town.", "Chemical weapon", False),
    ("The rebel movement and the army signed a prisoner swap brokered by elders.", "Agreement", True),
    ("Les deux mouvements ont scellé un pacte de cessation des hostilités.", "Agreement", True),
    ("Troops have taken back the district centre from the insurgents.", "Government regains territory", False),
    ("Un détachement militaire a été implanté dans la commune pour rassurer les populations.",
     "Headquarters or base established", True),
    ("A senior commander of the armed group turned himself in to the army with his bodyguards.",
     "Change to group/activity", True),
    ("Un voleur présumé a été roué de coups par des habitants du quartier.", "Mob violence", False),
    ("Des combattants de la katiba ont établi une base dans la forêt.", "Headquarters or base established", True),
    # crowds, protests met with lethal force, explosives and aircraft in other words
    ("Angry residents set fire to the gendarmerie post, accusing it of failing to protect them.",
     "Violent demonstration", False),
    ("Des émeutiers ont incendié des voitures et une mairie annexe dans la nuit.", "Violent demonstration", False),
    ("Security forces shot dead four people as thousands marched against the junta.",
     "Excessive force against protesters", False),
    ("A roadside bomb tore through a minibus on the highway, killing six passengers.",
     "Remote explosive/landmine/IED", False),
    ("A farmer lost a leg after stepping on an anti-personnel mine near his field.", "Remote explosive/landmine/IED", False),
    ("Two car bombs driven by suicide attackers exploded at the checkpoint.", "Suicide bomb", False),
    ("Warplanes struck a rebel camp in the hills at dawn.", "Air/drone strike", False),
    ("Kamikaze drones slammed into a power station overnight.", "Air/drone strike", False),
    ("Doctors described a nerve-agent attack on the town, with victims convulsing.", "Chemical weapon", False),
    ("Three suicide bombers detonated explosives outside a hall where fans were watching football.", "Suicide bomb", False),
    ("Deux attentats-suicides ont visé le commissariat central.", "Suicide bomb", False),
    ("Troops foiled an attack on the post after intercepting a car bomb at the entrance.", "Disrupted weapons use", False),
    ("A poison gas attack on the besieged town killed dozens.", "Chemical weapon", False),
    ("Insurgents torched more than 100 homes and a church in the village.", "Looting/property destruction", False),
    ("Des hommes armés ont ordonné la fermeture des écoles et interdit la musique lors des mariages.", "Other", True),
    ("More than 200 fighters laid down their weapons and joined a demobilisation programme.",
     "Change to group/activity", True),
    ("Le mouvement rebelle a annoncé mettre fin à sa rébellion.", "Change to group/activity", True),
    ("Les rebelles ont achevé leur retrait de la ville sans incident.", "Non-violent transfer of territory", True),
    ("Un engin explosif improvisé a été détecté puis détruit par les démineurs sur l'axe.", "Disrupted weapons use", True),
    ("Insurgents seized the port of the town after days of fighting with troops.",
     "Non-state actor overtakes territory", True),
    ("Au moins cinq fidèles ont été tués par balles par les forces de sécurité lors des marches pacifiques.",
     "Excessive force against protesters", False),
    ("Deux hommes accusés de vol de bétail ont été battus à mort par une foule.", "Mob violence", False),
    ("Air force jets struck a bandit enclave in the forest, killing dozens of gunmen.", "Air/drone strike", False),
    ("Gunmen stormed a church during an overnight vigil and abducted 14 worshippers.",
     "Abduction/forced disappearance", False),
    ("Soldiers fired warning shots at a group near the depot; a girl was wounded by the gunfire.", "Attack", False),
    ("A large crowd vandalized two churches in the town after the arrest of the chief.", "Violent demonstration", False),
    # the French of the Sahel press
    ("Les tirs d'artillerie sur le quartier ont coûté la vie à trois civils.", "Shelling/artillery/missile attack", False),
    ("Des hommes armés ont mis le feu aux étals du marché dans la nuit.", "Looting/property destruction", False),
    ("Trois commerçants embarqués par des hommes en uniforme sont portés disparus.",
     "Abduction/forced disappearance", False),
    ("Des assaillants ont fait irruption dans l'école et s'en sont pris aux enseignants.", "Attack", False),
    ("Au moins vingt villageois ont été passés par les armes.", "Attack", False),
    ("La force Barkhane a remis sa base à l'armée malienne.", "Non-violent transfer of territory", True),
    ("The soldiers were sexually assaulted at the checkpoint, a rights group said.", "Sexual violence", False),
])
def test_events_in_other_words(text, expected, agent):
    """agent: an armed actor the dictionary knows is named (the extractor says so; strategic developments need one)."""
    et = classify(text, civilian_victims=not agent, state_agent=agent)
    assert et is not None and et.sub_event_type == expected


@pytest.mark.parametrize("text, victims, expected", [
    # assassinations are attacks
    ("Unknown gunmen assassinated the imam of the village at his home.", True, ("Violence against civilians", "Attack")),
    ("Des hommes armés ont assassiné le maire de la commune.", True, ("Violence against civilians", "Attack")),
    # ground fighting with an air strike or a bomb is a battle
    ("French forces conducted an air-ground operation against militants: airstrikes were followed by "
     "clashes with commandos.", False, ("Battles", "Armed clash")),
    ("Des frappes aériennes et des affrontements au sol ont opposé l'armée aux jihadistes.", False,
     ("Battles", "Armed clash")),
    ("Militants detonated an IED against the convoy, followed by an armed assault with gunfire.", False,
     ("Battles", "Armed clash")),
    # armed people on the receiving end
    ("Gunmen attacked the village and killed two Dozo militiamen.", False, ("Battles", "Armed clash")),
    ("Des hommes armés ont attaqué le village et tué deux chasseurs dozos.", False, ("Battles", "Armed clash")),
    ("Gunmen attacked a checkpoint, abducting two combatants.", False, ("Battles", "Armed clash")),
    ("Militants abducted an off-duty soldier on the road.", False,
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Army post attacked in the night near the border.", False, ("Battles", "Armed clash")),
    # fighting back makes a battle
    ("Gunmen attacked the village and killed three people; the self-defense group routed the assailants.", True,
     ("Battles", "Armed clash")),
    # civilian places and vehicles
    ("Militants attacked a minibus on the road, killing two passengers.", True, ("Violence against civilians", "Attack")),
    ("Gunmen attacked an IDP camp, killing four people.", True, ("Violence against civilians", "Attack")),
    # road blocks are riots
    ("Residents barricaded the main road to protest poor road conditions.", False, ("Riots", "Violent demonstration")),
    ("Des jeunes ont barricadé la route nationale.", False, ("Riots", "Violent demonstration")),
])
def test_classify_rules(text, victims, expected):
    et = classify(text, civilian_victims=victims)
    assert et is not None and (et.event_type, et.sub_event_type) == expected


@pytest.mark.parametrize("text", ["Suspected militiamen killed a young Dogon near the well.",
                                  "Des miliciens ont tué un jeune Dogon près du puits."])
def test_agents_armed_words_do_not_make_an_armed_target(text):
    et = classify(text, civilian_victims=False, non_state_agent=True)
    assert et is not None and et.event_type == "Violence against civilians"


def test_a_base_inaugurated_by_an_actor_is_a_headquarters_established():
    et = classify("A new army base was inaugurated in the town.", civilian_victims=False, state_agent=True)
    assert (et.event_type, et.sub_event_type) == ("Strategic developments", "Headquarters or base established")


@pytest.mark.parametrize("text", [
    "JNIM militants began imposing an embargo on the village.",
    "Militants closed down a school in the village.",
    "Le JNIM a décrété un blocus sur la ville.",
])
def test_an_armed_groups_non_violent_acts_are_other(text):
    et = classify(text, civilian_victims=False, non_state_agent=True)
    assert (et.event_type, et.sub_event_type) == ("Strategic developments", "Other")
