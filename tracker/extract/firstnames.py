"""Common given names (English-language news across regions). A hint that a capitalised
pair is a person, never the only evidence: unknown names are still found by titles,
pronouns and roles."""

from pathlib import Path

_HAND_NAMES = frozenset("""
aaron abdul abdullah abraham adam adrian ahmed ahmad aisha alan albert alberto alex alexander
alexandra alexis alfred ali alice alicia allen alison amanda amber amy ana andrea andreas andrew
andy angela angelo ann anna anne annie anthony antonio april arthur ashley audrey austin barbara
barry ben benjamin bernard bernie beth betsy betty beverly bill billy bob bobby bonnie brad bradley
brandon brenda brendan brett brian bridget brittany brooke bruce bryan caitlin calvin cameron
carl carla carlos carly carmen carol caroline carolyn carrie catherine cathy charles charlie
charlotte chelsea cheryl chris christian christina christine christopher chuck cindy claire
clara claude claudia clifford colin connie conor craig cynthia dale dan dana daniel danielle
danny darren dave david dawn dean debbie deborah debra denise dennis derek diana diane dick
dmitry dominic don donald donna doris dorothy doug douglas drew dylan earl ed eddie edgar edith
edward eileen elaine eleanor elena eli elijah elizabeth ella ellen emily emma emmanuel eric erica
erik erin ernest esther ethan eugene eva evan evelyn faith fatima felix fernando frances francis
francisco frank franklin fred frederick gabriel gail gary gavin gene george georgia gerald
gina glen glenn gloria gordon grace graham greg gregory hannah harold harriet harry heather
heidi helen henry herbert hillary holly howard hugh hunter ian igor irene isaac isabel
jack jackie jacob jacqueline jake james jamie jan jane janet janice jared jason javier jay jean
jeff jeffrey jennifer jenny jeremy jerome jerry jesse jessica jill jim jimmy jo joan joanne joe
joel johann john johnny jon jonathan jordan jorge jose joseph josh joshua joy joyce juan judith
judy julia julian julie justin karen karl kate katherine kathleen kathryn kathy katie kay keith
kelly ken kenneth kevin kim kimberly kirk kristen kurt kyle larry laura lauren lawrence lee leo
leon leonard leslie lewis liam linda lindsey lisa lloyd logan lois lori louis louise lucas lucy
luis luke lynn madeleine maggie malcolm marco marcus margaret maria marie marilyn mario marion
mark marsha martha martin marvin mary matt matthew maureen max maxine megan melanie melissa
michael michel michele michelle miguel mike mildred min mitch mitchell mohamed mohammed
mohammad monica morgan muhammad nancy naomi natalie nathan neil nicholas nick nicole nikki
noah norman oliver olivia omar oscar pamela pat patricia patrick paul paula pedro peggy penny
peter phil philip phillip rachel ralph ramon randy raul ray raymond rebecca regina 
rex ricardo richard rick ricky rita rob robert roberta roberto robin rod roger ron ronald rose
ross roy ruby russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean sergei
sergey shane shannon sharon shawn sheila shirley sophie stacy stanley stephanie stephen steve
steven stuart sue susan suzanne sylvia tammy tanya ted teresa terry theodore theresa thomas
tiffany tim timothy tina todd tom tommy tony tracy travis tyler valerie vanessa victor victoria
vincent virginia vladimir walter wang wayne wendy william willie xavier yang yusuf zachary zhang
""".split())

# Given names that are, in English-language news, overwhelmingly one gender: enough to keep
# "he" from resolving to a Nadia or "she" to a Thomas. A name in neither set is unknown.
_HAND_FEMALE = frozenset("""
abigail ada adriana agnes aisha alejandra alexandra alice alicia alison amanda amber amelia amy ana anastasia
andrea angela angelica anita ann anna anne annette annie april ashley audrey barbara beatrice becky belinda
bernadette beth betsy betty beverly bonnie brenda brianna bridget brittany camila candace carla carmen carol
caroline carolyn catherine cathy cecilia celia charlotte chelsea cheryl chloe christina christine cindy claire
clara claudia colette connie cora courtney crystal cynthia daisy danielle daphne deborah debra denise diana
diane dolores donna doris dorothy edith eileen elaine eleanor elena elisa elizabeth ella ellen eloise emily
emma erica erin esther eva evelyn fatima fiona florence frances gabriela gabrielle gail gemma georgia gina
gloria grace gwen hannah harriet hazel heather heidi helen helena hillary holly ingrid irene iris isabel
isabella ivy jacqueline jane janet janice jasmine jean jeanne jennifer jenny jessica jill joan joanna joanne
josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie kayla
kelly kimberly kristen laura lauren leah leila lena linda lisa liz lois lorraine louise lucia lucy lydia
lynn madeleine madison magdalena maggie mallory margaret margarita maria marian marie marilyn marion marjorie
martha mary maureen maxine megan melanie melissa meredith mia michelle mildred miriam molly monica nadia
nancy naomi natalia natalie nicole nina nora norma olga olivia paige pamela patricia paula pauline peggy
penelope priya rachel rebecca regina renee rhonda rita roberta rosa rosalind rose ruth sabrina sally samantha
sandra sara sarah sharon sheila shirley sofia sonia sophia sophie stephanie susan suzanne sylvia tamara tanya
tara teresa theresa tiffany tina tracy valerie vanessa vera veronica victoria violet virginia vivian wanda
wendy whitney yasmin yolanda yvonne zoe
""".split())
_HAND_MALE = frozenset("""
aaron abdul abdullah abraham adam adrian ahmed ahmad alan albert alberto alejandro alexander alfred ali allen
alvin andre andreas andrew andy angelo anthony antonio arnold arthur austin barry ben benjamin bernard bill
billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan byron calvin carl carlos cecil
chad charles charlie chris christopher clarence clark clifford clinton colin craig curtis dale dan daniel
danny darren dave david dean dennis derek diego dmitry dominic don donald douglas duane dwight earl eddie
edgar edward edwin eli elijah elliot emmanuel enrique eric ernest ethan eugene evan felix fernando francis
francisco frank franklin fred frederick gabriel gary gene geoffrey george gerald gilbert glenn gordon graham
grant greg gregory gustavo harold harry harvey hector henry herbert howard hugh hugo ian isaac ivan jack
jacob jake james jamie jason javier jay jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john
johnny jon jonathan jorge jose joseph joshua juan julian justin karl keith ken kenneth kevin kurt kyle lance
larry lawrence lee leo leon leonard lewis liam lloyd louis lucas luis luke malcolm manuel marco marcus mario
mark martin marvin matt matthew maurice max michael miguel mike miles mitch mitchell mohamed mohammed
muhammad nathan neil nicholas nick nigel noah norman oliver omar oscar owen pablo patrick paul pedro peter
philip phillip pierre rafael ralph ramon randall randy raul ray raymond reginald ricardo richard rick
robert roberto rodney roger roland ron ronald ross roy russell ryan salvador sam samuel scott sean sergei
seth shane shawn simon stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd tom
tomas tony travis trevor troy tyler victor vincent vladimir walter warren wayne wesley william willie xavier
yusuf zachary
""".split())


def _shipped() -> dict[str, str]:
    """given_names.tsv: about 3,400 given names met in international news, each f, m or u (either);
    names that are more often ordinary words or surnames (Will, Grace, Taylor) are left out."""
    out: dict[str, str] = {}
    for line in (Path(__file__).with_name("given_names.tsv")).read_text(encoding="utf-8").splitlines():
        name, _, gender = line.partition("\t")
        if name:
            out[name] = gender.strip()
    return out


_LISTED = _shipped()
FIRST_NAMES = _HAND_NAMES | frozenset(_LISTED)
# the hand lists win where the two disagree
FEMALE_FIRST_NAMES = _HAND_FEMALE | frozenset(n for n, g in _LISTED.items() if g == "f" and n not in _HAND_MALE)
MALE_FIRST_NAMES = _HAND_MALE | frozenset(n for n, g in _LISTED.items() if g == "m" and n not in _HAND_FEMALE)
