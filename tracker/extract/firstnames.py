"""Common given names (English-language news across regions). A hint that a capitalised
pair is a person, never the only evidence: unknown names are still found by titles,
pronouns and roles."""

FIRST_NAMES = frozenset("""
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
peter phil philip phillip rachel ralph ramon randy raul ray raymond rebecca regina reince
rex ricardo richard rick ricky rita rob robert roberta roberto robin rod roger ron ronald rose
ross roy ruby russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean sergei
sergey shane shannon sharon shawn sheila shirley sophie stacy stanley stephanie stephen steve
steven stuart sue susan suzanne sylvia tammy tanya ted teresa terry theodore theresa thomas
tiffany tim timothy tina todd tom tommy tony tracy travis tyler valerie vanessa victor victoria
vincent virginia vladimir walter wang wayne wendy william willie xavier yang yusuf zachary zhang
""".split())
