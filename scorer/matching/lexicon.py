"""Chinese negation and requirement wording: whether a match reports no practice
(尚未建立…, 各部门要…), and the zero-activity wording that still counts (未发生…案件)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

import regex

from ..parse.dates import year_value
from ..vocabulary import CN_NUMERALS, LEADER_TITLES, REPORTED, YEAR_TEXT, compile_fast
from .geometry import CLAUSE_BREAK
from .searcher import Hit

# Text written as a requirement (要……、必须……、应当……) reports no practice: a match with one of
# these before it in its sentence, or shortly after it (在政务公开方面，要……), does not count.
# A cue inside a longer word is not a cue: 要 only as the modal verb (not 主要, 重要, 需要,
# 纲要, 摘要, 必要, 要求, 要点, 要素, 要件, 要案 …); nor is one inside 《…》 (a cited title).
# (The look-behind follows the 要 it checks, so the pattern starts with a literal character
# and a search skips quickly to the candidates: ≈ 4× faster over a report.)
DEFAULT_REQUIREMENT_CUES = (
    r"要(?<![主重纪摘提概简只扼需紧首纲必机枢政显险切想择举精撮]要)(?![求点件素闻害职务案领旨义目略览诀犯挟约员隘津塞么])",
    # (not a rule a document just named lays down: 修订《……法制审核办法》，明确13类重大执法决定必须经法制审核)
    r"必须(?<!》[，,]?\s{0,2}(?:进一步)?(?:明确|规定)[^，,。；;\n]{0,16}必须)", "应当", "务必",
    # 须 alone before a deadline (主要负责人须在2026年2月底前报送述法报告; 须在年终述职中……; not 无须, 必须 as above, nor a rule's
    # procedure, 规定……须在会前征求意见 or 须经……方可)
    r"须(?<![必无毋需务急]须)(?=[在于](?:\d|年底|月底|年内|年终|年末|年度|规定(?:时间|期限))|按时|按期)",
    # ... and 应 so (各街道党工委书记应于2026年1月底前……述法; not 相应, 响应, 适应于)
    r"应(?<![响反相供适对答呼感效]应)(?=[在于](?:\d|年底|月底|年内|年终|年末|年度|规定(?:时间|期限))|按时|按期)",
    r"建议(?<=[。；;！!？?\n：:，,]建议)",  # a sentence that opens with 建议 proposes (not 代表建议, 提出建议)
    # a plan inside the measures, opening its clause (下一步，将完善……; 今后将……), not 为下一步工作打下基础
    # (and the year to come named so: 下一年度，局主要负责同志将……; 在新的一年里，……)
    *(rf"{w}(?<=[。；;！!？?\n：:，, \t在]{w})" for w in ("下一步", "下步", "今后", "下一年度", "新的一年")),
    "将(?:继续|进一步|持续|带头)",  # what is to come (主要负责人将继续带头学法; 将带头出庭应诉), not 将 as a preposition
    "将(?=按照|遵照)",  # ... and what will be done as asked (我局将按照通知要求，认真做好相关准备工作，把述法作为……)
    "将(?=(?:在|从|围绕)以下)",  # ... and the aspects to come announced (我局将在以下方面继续用力：一是……)
    "还将(?=推行|开展|组织|实行|启动|建立)",  # ... or done as well later (今年我局还将推行局领导班子成员年度述法，……)
    r"[从自](?:下一?年度?|明年)起",  # from next year on (乡党委已研究决定，从下一年度起将述法纳入……): what is to come
    # 力争年内聘请……, 拟在2026年上半年印发; not 对拟作出的处罚决定 (each cue starts with one literal character: a
    # group of alternatives first makes the search try every position, ≈ 4× slower)
    "力争", *(rf"{w}(?:于|在)?(?:明年|年内|下半年|下一年|20\d{{2}}年)" for w in ("计划", "拟")),
    # (still sought: ……提出申请，争取为我局派驻公职律师; not what was won, 争取到……)
    # (or another's help sought: 积极协调区司法局，争取法律顾问团队对我乡重大事项提供法律支持)
    r"争取(?![到了得])(?=[^，,。；;\n]{0,12}?(?:派驻|配备|聘请|聘用|设立|选派)|[^，,。；;\n]{0,16}?提供[^，,。；;\n]{0,4}?(?:支持|服务|帮助|指导))",
    # a step hedged as timely, with nothing done in its clause (按照区委统一安排，适时组织开展街道领导班子述法工作): still to come
    r"适时(?=[^，,。；;\n]{0,4}?(?:组织|开展|召开|聘请|启动|推行|建立|修订|出台|研究))(?![^，,。；;\n]{0,30}?(?:\d|已|了))",
    # 拟于年底前聘请……, 拟于年终考核时一并述法, 拟于近期签订……, 拟在……述法会上作书面述法: still to come when the report was written
    # (not what is to be done by others, named: 对拟在网站公示的……信息进行审核)
    r"拟(?:于|在)(?:年终|年底|年末|近期|(?![^，,。；;\n]{0,24}?的))",
    # (or to be done by someone named: 拟由局长在年终总结大会上述法; not 对拟由……作出的决定)
    r"拟由(?![^，,。；;\n]{0,24}?的)",
    r"表(?:示|态)(?=[，,]?[^，,。；;\n]{0,8}?将|要)",  # a promise stated (镇主要负责人表示，将认真履行……; ……上表态，2026年将……): nothing done
    # a clause that passes a requirement on (印发……通知，要求各执法机构严格落实……; ……，要求各单位组织干部深入学习……;
    # ……，要求各部门把……纳入……学习计划; ……，要求相关科室依法做好答复、举证等工作; ……下发通知，要求各乡镇对重大执法决定……):
    # others are to do it
    # (执行 right after it: 要求执行……; not a stage named further on, 要求对……送达执行等环节全程留痕)
    # (or by the body opening its sentence or clause: 镇党委要求全体机关干部把学习贯彻……作为必修课; 根据……部署，乡政府要求乡综合
    # 行政执法队严格落实……; with an adverb between: 县政府办公室同时要求各部门进一步加大……; 街道要求各部门进一步做好……)
    # (or support asked of others: ……，要求各级行政机关支持……; or their attention: ……，要求各苏木镇、各部门高度重视，……)
    # (or after an item's label: 二是要求各市场监管所依法配合做好……; or opening a sentence of its own: ……。要求执法人员严格落实……;
    # or an awareness to raise: ……，要求各执法中队增强依法应诉意识，积极做好……; or every unit's head's duty: ……印发《……通知》，
    # 要求各部门主要负责人结合年度述职，报告……; or a system every unit is to set up: 县政府要求各乡镇、县直各部门普遍建立法律顾问制度; or a higher body's call: 区委要求各街道深入学习……;
    # or an understanding asked of the staff: ……，要求全局党员干部深刻领会……; or every unit's heads, of several kinds: ……通知》，要求各乡镇、
    # 各部门主要负责人于……前完成年度述法; or opening its paragraph: 要求各行政执法部门全面落实……三项制度; or by the body's meeting:
    # 镇党委会议要求综合行政执法队严格落实……三项制度)
    r"要求(?:(?<=[，,；;：:。！!？?]要求)|(?<=(?:^|\n)[ \t\u3000]*要求)|(?<=[一二三四五六七八九十]是要求)|(?<=(?:^|[。；;！!？?\n，,])[ \t\u3000]*[^，,。；;\n]{0,8}?(?:党委|党组|党工委|[省市县区州旗盟]委|政府|办事处|街道|局|办公室|办|我们|会议)(?:同时|还|也|并|又|专门|明确|再次)?要求))(?=[^，,。；;\n]{0,16}(?:严格|认真|切实|全面|落实|做到|做好|按照|必须|组织|开展|深入|加强|增强|强化|把|纳入|支持|高度重视|进一步|普遍建立|建立健全|深刻|牢固|准确|自觉|领会|学习)|[^，,。；;\n]{0,4}执行|各(?:乡镇|镇街|街道|县区|区县|部门|单位)(?:、各?(?:乡镇|镇街|街道|县区|区县|部门|单位))*(?:[^，,。；;\n]{0,12}?[对在]|(?:党政)?(?:主要负责人|主要负责同志|主要领导|负责人)))",
    # 拟聘请一名法律顾问, 计划购置执法记录仪, 拟选定1家律师事务所: what is to be engaged or bought (not 拟作出的决定), also by some
    # means (拟通过购买服务方式聘请……)
    # (or set up: 镇综合执法办拟建立法制审核机制; not the documents to be issued that were reviewed, 对拟出台的3件……文件均进行了……)
    # (or chosen from within: 拟从法规、稽查部门选任公职律师5名)
    *(rf"{w}(?:通过[^，,。；;\n]{{0,10}}?|从[^，,。；;\n]{{0,12}}?)?(?:聘请|聘用|选聘|选任|遴选|选定|外聘|引进|购置|采购|配备|设立|(?:建立|制定|出台|推行)(?!的))" for w in ("计划", "拟")),
    # (or chosen by some means: 局里计划通过公开遴选方式确定常年法律顾问; not 按计划确定了……, no means named)
    *(rf"{w}通过[^，,。；;\n]{{0,10}}?确定" for w in ("计划", "拟")),
    # (or after its body, the clause's subject: ……，苏木计划在年终考核中将述法纳入……)
    r"计划(?<=(?:[。；;，,\n：:]|(?:^|[。；;，,\n：:])[^，,。；;\n]{0,6}?(?:苏木|乡|镇|街道|局|旗|县|区|市|政府|办事处|党委|党组|党工委))计划)(?:在|于|从|组织|开展|举办|举行|召开)",  # ……，计划在检查等现场环节逐步推行音像记录; ……；计划组织全局干部深入学习…… (not 按计划在……)
    r"拟将(?=[^，,。；;\n]{0,20}(?:作为|列入|纳入|列为|结合|挂钩))",  # 拟将习近平法治思想作为专题列入: to be put in a plan; 拟将述法与年度考核结合起来
    r"将(?:于|在)(?:明年|下一年|20\d{2}年)",  # ……将在2026年……后全面推行: what is to come in a year named
    # (or the next year named first, with its quarter or month: 街道党工委书记明年一季度将在……会议上述法)
    r"明年(?:[一二三四]季度|第[一二三四]季度|上半年|下半年|年初|初|年内|年底|\d{1,2}月份?)?(?:将|拟|计划)",
    # (今年的述法工作将结合年终考核一并开展: still to come; one naming a later year is _PUT_OFF's, 将结合2026年……)
    r"将(?=结合(?!\s*(?:20\d{2}|二[〇零○◯])\s*年)[^，,。；;\n]{0,16}?(?:一并|同步|统一)?(?:开展|进行|实施|举行))",
    r"待[^，,。；;\n]{1,8}?后[，,]?将",  # ……，待聘请后将由法律顾问……把关: what is to come once something else is done
    # (or to be held once another body has arranged it: ……述法材料已准备完毕，待市委依法治市办统一安排后开展述法)
    # (narrower than _WAITING on purpose: with its verbs of signing, a denied adviser sentence became a "requirement" and
    # lost the denial it gives the rest of the report)
    r"待[^，,。；;\n]{1,16}?后(?:再行|再|方可)?(?:统一)?(?:开展|进行|组织|举行|举办)",
    r"届时(?=将|由|再)",  # ……，预计2026年一季度完成聘任，届时将由法律顾问……: what is to come then
)  # fmt: skip
# A work plan's sentence reports no practice either (持续推进……，不断规范……，进一步提升……): it holds
# one of the plan words, every clause of it opens on one of the stock words (after at most
# _STOCK_SUBJECT characters: 局党组持续……, 一是坚持……) and it reports nothing done (_DONE).  A
# sentence with one clause that says what was done (……，组织执法培训) or a figure is practice,
# however it opens; so is one of stock words alone (全面严格落实行政执法公示……制度。).
DEFAULT_PLAN_WORDS = ("持续", "不断", "进一步", "继续", "充分发挥", "着力发挥", "积极探索", "积极推行", "努力实现")
DEFAULT_STOCK_OPENERS = (
    "持续", "不断", "进一步", "继续", "充分发挥", "发挥", "坚持", "始终", "深入", "着力", "努力", "切实", "自觉", "积极", "大力",
    "全面", "严格", "主动", "认真", "扎实", "做好", "依法做好", "全力", "确保", "力争", "及时",
    "推动", "推进", "推行", "深化", "加强", "强化", "加大", "提升", "提高", "健全", "完善", "规范", "优化", "创新", "丰富", "拓宽", "拓展",
    "畅通",  # (……，畅通行政复议申请渠道: a channel to keep open)
    "保障",  # (……，保障群众知情权: what the plan is for)
    "按照", "依照", "遵循", "围绕", "聚焦",  # (……，按照“公开为常态”的原则，及时公开……: the rule it is to follow)
    "坚决",  # (……，坚决杜绝选择性执法: a pledge)
    "做到",  # (……，做到应公开尽公开: the aim)
    "把",  # (……，把公众参与……作为重大行政决策的法定程序: what is to be made of it)
    "让",  # (……，让权力在阳光下运行: what it is to bring about)
    "为(?=[^，,；;：:。\\n]{1,24}(?:贡献|提供|营造|创造|打下|奠定|保驾护航))",  # (……，为……贡献力量: what it is for)
    "引导", "营造",  # (……，引导群众依法表达诉求: what the work is to bring about)
)  # fmt: skip
_STOCK_SUBJECT = 4
# what may come before the requirement cue of a sentence that opens on it (要坚持……; 同时，要……; 对……问题，要……)
_REQUIREMENT_OPENING = re.compile(r"\s*(?:(?:同时|此外|另外|其次|最后)[，,]?)?(?:(?:对于|针对|对)[^，,。；;\n]{1,30}[，,])?")
_BESIDE = frozenset("。！!？?；;")  # between two sentences of one paragraph
_STOCK_CLAUSE = 4  # characters of a clause that must open on a stock word (shorter ones are linking words)
# characters after the stock word: a plan's clause goes on to what is to be done (不断提升……的能力);
# a result goes no further (营商环境不断改善)
_STOCK_OBJECT = 3
# A measures part written as a work plan or a list of requirements as a whole (工作要点: ……要……。持续……。深入推进
# 政务公开，及时主动公开……信息): of its paragraphs of _HOLLOW_MIN_CHARS or more, at least _HOLLOW_UNDONE report
# nothing done (no _DONE but in an Arabic label, no zero activity: 未发生……) and at least _HOLLOW_REQUIRED hold a
# requirement cue or a work plan's sentence; then its lines that report nothing done (paragraphs, and the sub-headings
# over them) report no practice either, whatever their wording.
_HOLLOW_MIN_PARAGRAPHS = 3
_HOLLOW_MIN_CHARS = 20
_HOLLOW_UNDONE = 0.8
_HOLLOW_REQUIRED = 0.4
_ARABIC_LABEL = re.compile(r"\s*(?:[(（]\d{1,2}[)）]|\d{1,2}\s*[.．、])")  # 1. （1）
_ZERO_CUE = re.compile("未|没有|无")  # before ZERO_ACTIVITY: 未发生……, a fact reported
# ... or a count given as none after a colon, as in a table's cell (本年度，县政府本级行政复议：无。)
_NONE_COUNT = re.compile(r"[：:]\s*(?:无|没有|暂无)\s*(?=[。；;，,\n]|$)")
HOLLOW = "（通篇写成要求或计划）"  # the cue :meth:`Negation.negation` gives for a match in such a paragraph
_DONE = re.compile(r"[0-9](?![0-9]*[”\"」』])|已|(?<![事为除])了|全年|累计|先后|共计|完成|首次|截至|年内|分别|(?<!努力)(?<!力争)(?<!确保)实现|获得(?!感)|被评为")  # (not 案结事了, 为了; 努力实现: an aim; 获得感; a number named in quotes, “12345”热线)
# A clause opening on a year after the one reported on tells what is to come, as 将继续 does
# (2026年起，镇政府将……; 二〇二六年，……; 2026年将通过……聘请; a quarter of it with 将: 2026年一季度，市长将主持……), when the
# report's year is known; 明年 always does.
# (From 年, what follows it tested first, then looking back: a search that starts with a literal
# character is ≈ 10× faster than one opening on the look-behind.)
_YEAR_OPENER = regex.compile(rf"年(?=起|开始|[，,]|将|拟|[一二三四]季度[，,]?[^，,。；;\n]{{0,10}}?将)(?<=[。；;！!？?\n：:，,]\s*(?:{YEAR_TEXT}|(明)年))(?:起|开始|[，,])?")
# ... or its subject before 将 (2026年我局主要负责人将在年度考核中……述法; a time and the subject, 2026年年终考核时街道班子成员将……):
# the year's opening looked at first, as 将 may be sixteen characters on (the look-ahead first would try them after every 年:
# ≈ 9 % of the engine's time)
_YEAR_SUBJECT_WILL = regex.compile(rf"年(?<=[。；;！!？?\n：:，,]\s*{YEAR_TEXT})(?=[^，,。；;\n]{{1,16}}?(?<![曾已])(?:将|拟))")
# ... or the year after its subject, right before 将 (镇党委书记在2026年将……; 局长于2026年拟……): the year looked at first, then what opens
# its clause
_SUBJECT_YEAR_WILL = regex.compile(
    rf"(?:于|在){YEAR_TEXT}度?(?=[^，,。；;\n]{{0,2}}?(?:将|拟))(?<=(?:^|[。；;！!？?\n：:，,])\s*[^，,。；;\n]{{1,12}}?(?:于|在){YEAR_TEXT}度?)"
)
_YEAR_UNGROUPED = YEAR_TEXT.replace("(20", "(?:20", 1)  # (YEAR_TEXT without its group: in a look-ahead, or listed)
_THE_BODY = "(?:我|本)[局委办镇乡县区市所站厅]"  # the body naming itself (我乡, 本局) as a clause's subject
# ... or the body's 将 before a later year in its clause (我乡将积极做好2026年述法的各项准备工作): what it will do then
_BODY_WILL_YEAR = regex.compile(rf"(?<=(?:^|[。；;！!？?\n：:，,])\s*{_THE_BODY}[^，,。；;\n]{{0,4}}?)(?:将|拟)[^，,。；;\n\d]{{0,10}}?{YEAR_TEXT}")
# ... and a matter put into a later year's (or the next stage's) plan or budget (……法律顾问经费保障，已纳入2026年工作安排; 将……费用列入2026年
# 部门预算; 已将述法纳入2026年局领导班子考核的内容; 已将习近平法治思想列入2026年理论学习中心组学习计划): planned, not done
# (or the next stage's, no year named: 已将习近平法治思想列入下一阶段学习计划; 纳入明年工作要点; or another body's, named before
# its year: 局长已列入市委全面依法治市委员会办公室2026年度述法计划)
_INTO_LATER_PLAN = rf"(?:纳入|列入)(?:到)?(?:[^，,。；;\n\d]{{0,16}}?(?<![的了])(?={_YEAR_UNGROUPED}))?(?:{YEAR_TEXT}度?|(下一?阶段|下一步|下步|明年|下一?年度?))[^，,。；;\n]{{0,12}}?(?:工作|重点)?(?:安排|计划|要点|任务|预算|考核)"
_INTO_LATER = regex.compile(_INTO_LATER_PLAN)
# ... or put off to a later year (2025年度述法安排在2026年……时进行; 推迟到2026年; 聘请工作延至2026年进行; 调整至2026年一季度; 改在2026年3月……进行; 拟并入2026年初……考核一并进行), or begun from it (主要负责人自2026年起……述法),
# its date set then (首次集中述法定于2026年一季度开展) or joined to a later occasion (……述法工作将结合2026年一季度综合考核一并开展;
# 2025年度的述法拟结合2026年初的领导班子考核一并开展; begun then: 于2026年1月起试行……法制审核)
_PUT_OFF = regex.compile(rf"(?:(?:安排|推迟|延后|延迟|推延|放|调整|改)(?:在|于|到|至)|延至|(?:明确|确定|决定)(?:于|在)|定于|[将拟](?:结合|随|同)|并入(?:到)?|(?:自|从|于)(?=[^，,。；;\n]{{0,10}}?(?:起|开始))){YEAR_TEXT}")
# ... or, in the match's own clause, what is to be done in a later year (……述法工作将结合年终考核于2026年2月开展)
_WILL_IN_YEAR = regex.compile(rf"[^，,。；;\n]{{0,12}}?(将[^，,。；;\n]{{0,12}}?(?:于|在){YEAR_TEXT})")
# ... of them, those that put a thing off, or fix it for a later year (……述法工作，区委依法治区办已明确于2026年上半年统一开展)
_PUT_OFF_VERBS = ("并入", "延至", "推迟", "延后", "延迟", "推延", "调整", "明确", "确定", "决定", "定于", "改在", "改于", "改到", "改至")
# ... or, after a match its clause tells was once planned (原计划……), what is now to be done in a later year (局里原计划同步推行
# 重大执法决定法制审核，因……，拟于2025年建立该项制度)
_ONCE_PLANNED = re.compile(r"原(?:计划|拟|定|打算)")
_ONCE_PLANNED_REACH = 60  # characters before a match its clause's 原计划 may be (longer clauses are rare)
# ... what was once planned said not to have been held (……，截至目前该项工作仍未组织开展; ……，最终未能如期举行)
_NOT_HELD = re.compile(r"(?:仍|尚|还|均|都|也|最终)?(?:未|没有)能?(?:如期|按期|按时|单独|专门|正式)?(?:组织)?(?:开展|举行|举办|进行|召开|实施)")
_PLANNED_LATER = regex.compile(rf"(?:拟|将|计划|准备|打算)(?:于|在|到)?{YEAR_TEXT}")
# ... or, opening a later clause of its sentence, the thing held then (not held again, 拟于2026年继续开展: done this year too)
_SHORT_SUBJECT = 8  # characters of a later clause's subject before its 将于2026年 (局主要负责人将于……)
_AGAIN_WORDS = "继续|再次|进一步|持续"  # done this year and to be done again
_AGAIN = re.compile(_AGAIN_WORDS + "|仍将|也将")
# (or at a meeting held then: ……，将在2026年3月召开的……全体会议上进行)
_TO_BE_HELD = re.compile(
    rf"(?![^，,。；;\n]{{0,10}}?(?:{_AGAIN_WORDS}))(?:[^，,。；;\n]{{0,10}}?(?:开展|进行|举行|召开|组织|实施)"
    rf"|[^，,。；;\n]{{0,10}}?召开的[^，,。；;\n]{{0,24}}?(?:会议|大会)上(?:进行|开展|举行))(?=[，,。；;\n]|$)"
)
# ... while a sentence opening on an earlier year's date tells of that year's work, not the report year's practice
# (2024年12月，时任局长曾……; 2024年度，……, in a report on 2025; after a quotation's close, ……。”2024年，市长还……).  Not a later year's month: the year-end 述法 and
# reviews of the report year are held early in the next (2026年1月，局长在……年终述法会议上作书面述法)
# (also 早在2024年底，…… after a clause's start: 值得一提的是，早在2024年底，镇领导班子成员已……; and after an item's label:
# 一是2024年，局长牵头制定了……; 五、2024年，街道党工委书记曾……; 2.2023年，我局通过……聘请了……; two years listed: 2022年、2023年，……; after a linking word:
# 此外，2024年，……; after a look back: 回顾近年来的工作，2024年，……; 回顾2023年，……)
# (found from 年, what follows it first, then looking back, as _YEAR_OPENER: ≈ 10× faster than opening on the look-behind)
_DATED_TAIL = r"(?:度|底|末|初)?(?:\d{1,2}月份?(?:\d{1,2}日)?)?[，,]"  # what follows the year's 年: 度，/ 12月，/ 底，
_LISTED_YEAR = _YEAR_UNGROUPED + "[、和及与至到]"  # (2022年、 of 2022年、2023年)
_EARLIER_IN_LIST = rf"(?:{_LISTED_YEAR})?"  # (2022年、2023年，……: the years listed)
_DATED_OPENER = regex.compile(
    rf"年(?={_DATED_TAIL})(?<=(?:(?:^|[。；;！!？?\n])[”’」』]?\s*(?:[一二三四五六七八九十]是|[一二三四五六七八九十]{{1,2}}、|\d{{1,2}}[.．、]|[（(]\d{{1,2}}[)）])?(?:(?:此外|另外|同时|其中|回顾[^，,。；;\n]{{0,8}})[，,]\s*)?(?:早在|在|回顾)?|[，,]\s*早在){_EARLIER_IN_LIST}{YEAR_TEXT}){_DATED_TAIL}"
)
# ... and a clause telling of an act on an earlier year's date inside it (局主要负责人曾于2024年年终述职中……; 乡党委书记在
# 2024年12月召开的……会上……): 曾 with the year, or 于/在 with its month or its end and a meeting; not since then (于2024年12月到任以来;
# 起 as since, not a count's: 曾于2024年11月带头出庭应诉1起……),
# nor the date of a document the body applies (落实县委于2024年12月印发的……)
_DATED_MARK = r"(?:度|底|末|初|年终|年底|年末)?(?:\d{1,2}月份?(?:\d{1,2}日)?)?"
_NOT_AN_ACT_THEN = r"(?!\d)(?![^，,。；;\n]{0,10}?(?:以来|(?<![\d一二两三四五六七八九十几])起|开始|至今|到任|任职|上任|就任|履新|后[，,]|(?:印发|出台|制定|下发|发布|修订|通过|颁布|施行|实施)的))"
_DATED_AT = (
    regex.compile(rf"年(?<=曾(?:经)?[于在]?{YEAR_TEXT}){_DATED_MARK}{_NOT_AN_ACT_THEN}"),
    # (a clause opening on the year, its act told with 曾: 回顾来看，2024年局长曾带头……; 2024年12月时任街道党工委书记曾主持……)
    # (its month set off by a comma: 此前，2024年12月，时任办事处主任曾主持……)
    # (or the year set off by a comma itself: 此外，2023年，镇党委书记曾……)
    # (or after a clause on what happened then: 2022年我局组建后，曾通过……聘请律师……; 2024年年终考核时，镇长曾……)
    # (or with 即/就 and 过: ……起步较早，2023年底县长即在……会议上作过专题述法)
    # (or after an item's marker: 五是2022年局党组书记、局长曾带队赴……学习……)
    regex.compile(
        rf"年(?<=(?:^|[。；;！!？?\n，,])\s*(?:[一二三四五六七八九十]是)?{YEAR_TEXT})(?=(?:度|底|末)?(?:\d{{1,2}}月份?(?:\d{{1,2}}日)?)?[，,]?"
        rf"(?:[^，,。；;\n]{{0,12}}(?:后|以后|之后|时)[，,])?[^，,。；;\n]{{0,16}}(?:曾|[即就](?=[^，,。；;\n]{{0,30}}?[作做开举召]过)))"
    ),
    # (a clause opening on 此前 and the year: 此前，2024年12月街道党工委书记……作过专门部署; or after a look back, 回顾近年工作，
    # 2024年县长带头出庭应诉……)
    # (the body named before the year: 此前，我局于2022年因……被申请行政复议1件)
    regex.compile(rf"年(?<=(?:^|[。；;！!？?\n，,])\s*(?:此前|早前|先前|之前|回顾[^，,。；;\n]{{0,8}}[，,])[，,]?\s*(?:(?:我|本)[局委办镇乡县区市所站](?:[于在])?)?{YEAR_TEXT})(?:度|底|末|初)?(?:\d{{1,2}}月份?(?:\d{{1,2}}日)?)?(?!\d)"),
    # (or 于/在 the year, the next clause going on with 当年: 乡政府于2023年与……签订的法律顾问协议，当年为乡政府审查合同6份)
    regex.compile(rf"年(?<=[于在]{YEAR_TEXT})(?=[^，,。；;\n]{{0,30}}[，,]\s*当年)"),
    # (or last year named in words, its year in brackets after it: 上年（2024年）局长带头出庭应诉……，并……作了述法发言)
    # (or looked back on, its month in the brackets too: 回顾上年度（2022年11月），街道党工委理论学习中心组曾……)
    regex.compile(rf"年(?<=(?:^|[。；;！!？?\n，,])\s*(?:回顾)?(?:上年度?|去年|上一年度?|前一年)[（(]{YEAR_TEXT})(?=度?(?:\d{{1,2}}月份?)?[)）])"),
    # (or last year named in words, its year after 即: （上一年度即2022年，我局作为被申请人的行政复议案件为2件……）)
    regex.compile(rf"年(?<=(?:^|[。；;！!？?\n，,（(])\s*(?:上年|去年|上一年度?|前一年)即{YEAR_TEXT})"),
    # (or the act a time since then is counted from: 自2023年底乡党委书记在……会议上作了述法报告以来，……; its reach ends at 以来:
    # :data:`_SINCE_THEN`)
    regex.compile(rf"年(?<=(?:^|[。；;！!？?\n，,])\s*自{YEAR_TEXT})(?:度|底|末|初)?(?:\d{{1,2}}月份?(?:\d{{1,2}}日)?)?(?=[^，,。；;\n]{{2,40}}?以来[，,])"),
    # (or a clause of what followed it opening on the year: 继2024年12月街道党工委书记首次……述法后，……; its reach ends at 后：
    # :data:`_THEN_AFTER`)
    regex.compile(rf"年(?<=(?:^|[。；;！!？?\n，,])\s*继{YEAR_TEXT})(?:度|底|末|初)?(?:\d{{1,2}}月份?(?:\d{{1,2}}日)?)?(?=[^，,。；;\n]{{0,40}}?后[，,])"),
    # (or any clause opening on the year, with no comma after it too, the year's own facts told: ……逐年增多，2024年市本级受理行政
    # 复议申请286件; ……合同于2024年12月到期，2024年，县政府法律顾问共审查合同56份; not since then, 2024年以来; the last of the
    # years listed too, 2022年、2023年分别发生……复议案件2件、1件)
    regex.compile(rf"年(?<=(?:^|[。；;！!？?\n，,])\s*(?:{_LISTED_YEAR})*{YEAR_TEXT})(?:度|底|末|初)?(?:\d{{1,2}}月份?(?:\d{{1,2}}日)?)?[，,]?(?=[\u4e00-\u9fff])(?!以来|来|起|开始|至今|[至到]\d|[至到]20)"),
    # (or in the earlier years listed after 于/在, wherever it is: 我市于2022年、2023年连续两年组织……开展述法)
    regex.compile(rf"年(?<=[于在](?:{_LISTED_YEAR})+{YEAR_TEXT})"),
    # (or 于/在 the year after 此前, or after a head's title or a leading body's name, its act told: 县长此前于2022年9月……出庭应诉1起;
    # 局长于2022年12月主持……; 局长已于2022年底在……考核中述法; 县政府党组已在2022年10月组织专题学习)
    # (not a status gained then: 局法规股股长于2022年取得公职律师证书，2023年全年代表我局出具法律意见书17份)
    regex.compile(rf"年(?<=(?:此前|之前|早前|先前|长|书记|主任|负责人|负责同志|党组|党委|党工委)(?:已经|已)?[于在]{YEAR_TEXT}){_DATED_MARK}{_NOT_AN_ACT_THEN}"
                  r"(?![^，,。；;\n]{0,12}?取得[^，,。；;\n]{0,12}?(?:证书|资格|执业证))"),
    # (or told with 曾 right after its year, wherever it is: 我局2024年曾聘请……)
    regex.compile(rf"年(?<={YEAR_TEXT})(?=曾)"),
    # (or a clause opening on the body and the year, its count told for that year: ……，我乡2024年共排查调处矛盾纠纷48件)
    regex.compile(rf"年(?<=(?:^|[。；;！!？?\n，,])\s*{_THE_BODY}(?:[于在])?{YEAR_TEXT})度?(?=共|全年|累计)"),
    # (or after 早在, wherever it is, what followed then told too: 早在2023年机构改革完成后，局主要负责人即主持制定了……)
    regex.compile(rf"年(?<=早在{YEAR_TEXT}){_DATED_MARK}(?!\d|以来|来|起|开始|至今)"),
    # (or in that year at a meeting, the act told there: 局长在2023年县委组织的述法评议会上作过述法报告)
    regex.compile(rf"年(?<=[于在]{YEAR_TEXT}){_DATED_MARK}(?=[^，,。；;\n]{{0,16}}?(?:会|会议|大会)上){_NOT_AN_ACT_THEN}"),
    # (or a clause opening on the year of the case it tells of: 2024年以我局为被申请人的行政复议案件2件; not 2024年以来)
    regex.compile(
        rf"年(?<=(?:^|[。；;！!？?\n，,])\s*{YEAR_TEXT})(?=度?(?:以(?!来)[^，,。；;\n]{{0,10}}为|[^，,。；;\n]{{0,6}}作为)(?:被申请人|被告))"
    ),
    # (or the body named before the year its case was brought against it: 我局2023年被申请行政复议的1起……案件，……)
    regex.compile(rf"年(?<=(?:^|[。；;！!？?\n，,])\s*(?:我|本)[局委办镇乡县区市所站]{YEAR_TEXT})(?=被申请|被提起|被诉|被起诉)"),
    # (or a case of that year named by it: 吸取2023年一起……案件被申请行政复议后被……撤销的教训)
    # (or one of its decisions reviewed then: 针对2024年1起治安处罚决定在行政复议中被撤销暴露出的……问题; or said to have arisen
    # then: 2024年发生的1起……行政复议案件)
    regex.compile(rf"年(?<={YEAR_TEXT})(?=(?:(?:发生|受理|办理|收到)的?)?(?:一|两|二|三|四|五|\d{{1,2}})(?:起|件|宗)[^，,。；;\n]{{0,24}}?(?:案|复议|诉讼|撤销|纠错))"),
    # (or in that year with the leader's own act right after it: 区长在2024年带头出庭应诉……; or a session held then: 在2023年举办
    # 习近平法治思想专题读书班……的基础上)
    regex.compile(rf"年(?<=[于在]{YEAR_TEXT})(?=带头|亲自|主持|出庭|述法|讲授|举办|举行)"),
    # (or its review of the year, the act told there: 委主任在2023年度全市部门主要负责人述法评议中获评……)
    regex.compile(rf"年(?<=[于在]{YEAR_TEXT})(?=度[^，,。；;\n]{{0,24}}?评议中)"),
    # (于/在 with a meeting held then: 在2024年12月召开的……会上; not a status gained then, 于2024年底……取得公职律师证书)
    regex.compile(
        rf"年(?=度?(?:底|末|年终|年底|年末|\d{{1,2}}月))(?<=[于在]{YEAR_TEXT}){_DATED_MARK}{_NOT_AN_ACT_THEN}"
        r"(?=[^，,。；;\n]{0,20}?(?:召开|举行|举办|会议|会上|评议中))"  # (……于2024年12月在区委依法治区办组织的述法会上……; 局长在2024年底的述法评议中被评为……)
    ),
    # (a clause opening on the year and the area or the body as its subject: 近年来，……，2024年全市共办理行政复议案件118件)
    regex.compile(rf"年(?<=[，,；;]\s*{YEAR_TEXT})(?=全[市县区镇乡局旗]|我[市县区镇乡局旗])"),
    # (于/在 with rules issued then: 我市于2019年印发行政执法公示、……三项制度实施办法 — no practice of the year reported on;
    # not a document named by its date, 落实县委于2022年12月印发的……办法)
    regex.compile(rf"年(?<=[于在]{YEAR_TEXT})(?=(?:\d{{1,2}}月份?)?(?:印发|出台|制定|发布)(?!的))"),
    # (于/在 with a step done once then: 我区于2023年完成行政复议体制改革; 于2022年在全市率先推行领导干部年终述法; 于2022年首次
    # 开展……; a contract signed then, 我局于2022年与……律师事务所签订法律顾问服务协议; not one named by its date, 于2023年完成的……)
    regex.compile(
        rf"年(?<=[于在]{YEAR_TEXT})(?:度|底|末|初)?(?:\d{{1,2}}月份?)?{_NOT_AN_ACT_THEN}"
        r"(?=[^，,。；;\n]{0,8}?(?:完成|率先|首次|(?:与|同)[^，,。；;\n]{1,16}?签订)(?![^，,。；;\n]{0,16}?的))"
    ),
)
# ... and a sentence or clause opening on a later year's month whose act names that year again (2026年1月，局长主持召开2026年全局法治
# 建设工作部署会, in a report on 2025; after an item's label too, 三是2026年1月8日，……研究部署2026年度……): that year's work.  Not one without it: the report year's year-end 述法 and reviews
# are held early in the next (see above).  Nor a contract signed then (2026年1月，我局与……律师事务所签订了常年法律顾问服务合同):
# an adviser engaged for that year
_LATER_MONTH = regex.compile(
    rf"(?<=(?:^|[。；;！!？?\n，,])\s*(?:[一二三四五六七八九十]是)?){YEAR_TEXT}\d{{1,2}}月份?(?:\d{{1,2}}日)?[，,]?(?=[^。；;！!？?\n]{{0,30}}?(?<!\d)\1\s*年"
    r"|[^。；;！!？?\n]{0,30}?(?:签订|签署|续签)[^。；;！!？?\n]{0,24}?(?:合同|协议))"
)
# ... and a sentence opening on 同年 after one naming an earlier year (2024年，市长曾……。同年，市司法局主要负责人……): that year's
# work too; the year is the last one named in the _SAME_YEAR_REACH characters before it
_SAME_YEAR = regex.compile(
    r"同年(?<=(?:^|[。；;！!？?\n])[”’」』]?\s*(?:[一二三四五六七八九十]是|(?:此外|另外|其中)[，,]\s*)?同年)(?:度|底|末|初)?(?:\d{1,2}月份?(?:\d{1,2}日)?)?[，,]?"
)
_SAME_YEAR_REACH = 160
_YEAR_NAMED = regex.compile(YEAR_TEXT)
_COMPARED_WITH = frozenset("较比")  # before a year a figure is compared with (较2024年, 同比2024年)
_THEN_AFTER = re.compile(r"后[，,]")  # where a clause 继(year)…… ends (继2024年12月……述法后，)
_SINCE_THEN = re.compile(r"以来[，,]")  # where a clause 自(year)…… ends (自2023年底……作了述法报告以来，)
_CLAUSE_ON_A_YEAR = regex.compile(rf"[，,；;]\s*(?:{YEAR_TEXT}|全年|年内|本年度?|今年)")  # a clause opening on a year (after such a date: a new time)
# ... but after a date that is a whole year (2022年，……), 全年 and 年内 are that year's (2022年，乡政府聘请……，全年审查合同15件)
_WHOLE_YEAR = regex.compile(rf"{_YEAR_UNGROUPED}度?[，,]\s*")
_THAT_YEAR = ("全年", "年内")
_DATED_CUE = regex.compile(YEAR_TEXT + rf"(?:{_DATED_TAIL}|{_DATED_MARK})")  # such a date as a cue (from its year: _other_years)
_SENTENCE_END = frozenset("。！!？?；;\n")
# A clause after the requirement's own that reports a count (REPORTED: 全年公示执法信息63条) reports
# practice — unless it sets a target (不少于4次, 确保100%).
TARGET = re.compile(r"不少于|不低于|至少|确保|力争|达到|以上")
# ... nor a count of work someone else does meanwhile (……应当选聘法律顾问，……，合同审查暂由办公室承担，全年审查37份)
_STAND_IN = re.compile(r"暂由|暂时由|临时由|暂以|暂交")
# a short slogan in quotes (从“要我学”向“我要学”转变): the 要 inside it asks nothing of anyone
_SLOGAN = re.compile(r"[“\"「][^“”\"「」\n]{1,8}[”\"」]")
# a leader's title ending a match: the subject whose acts a later clause of its sentence may tell
_SUBJECT_TITLE = re.compile(rf"(?:{LEADER_TITLES}|第一责任人|一把手|负责人|领导)$")
REQUIREMENT_REACH = 80  # characters looked back from a match for a requirement cue in its sentence
REQUIREMENT_AHEAD = 12  # characters after a match, within its sentence, a requirement cue may start
_LABEL_END = frozenset("。．.：:\n \t\u3000")  # between a heading's title and the text it heads
_LABEL_REACH = 40  # characters into the text a heading heads, in its first sentence, a requirement cue may start
_LABEL_TAIL = 2  # characters an item's label may hold after the match it names (二是执法全过程记录制度。)
# ... or words naming the matter in general (关于法律顾问设置情况。), up to _LABEL_WORDS_TAIL characters
_LABEL_TAIL_WORDS = re.compile(r"(?:的)?(?:相关)?(?:设置|配备|聘请|聘用|建立|落实|推行|执行|开展)?(?:工作|制度)?(?:情况|方面|工作|建设)?")
_LABEL_WORDS_TAIL = 6
_LABEL_BREAKS = frozenset("，,；;：:！!？?\n")  # an item's label (三是推进政务公开。) is one clause
_FULL_STOP_RX = re.compile(r"[。！!？?\n]")  # a sentence's end, not its ；
# a topic a sentence opens on, right after the match (执法全过程记录方面，……): a label like a heading's
_TOPIC = re.compile(r"[^，,。；;！!？?\n]{0,6}?(?:方面|一事)[，,：:]")  # (聘请常年法律顾问一事，……至今仍未落实)
# ... or a paragraph's label so ending (述法方面。……), not a lead counting them (这些问题的症结主要在两方面。一来，……)
_TOPIC_LABEL = re.compile(r"[^，,。；;！!？?\n两三四五六七八九十几个在]{0,6}?方面。")
# a sentence opening on a topic: its words in group 1 (三是执法全过程记录方面，)
_SENTENCE_TOPIC = re.compile(rf"\s*(?:[{CN_NUMERALS}]{{1,3}}是|其[{CN_NUMERALS}])?[，,、]?(?:在|关于|对于)?([^，,。；;！!？?\n]{{2,16}}?)方面[，,：:]")
_TOPIC_CORE = 4  # a topic's last characters that name it again (法制审核 of 重大执法决定法制审核)
_TOPIC_REACH = 120  # characters from a topic's 方面 to a match in its sentence
_TOPIC_OPENINGS = ("对于", "关于", "针对", "至于")  # a clause so opened names a topic: 对于……，……
_QUESTION = "如何"  # ... and so does a clause asking how (对拟作出的重大执法决定如何进行法制审核，本局至今未……)
# the words one of which every topic above holds (方面, 一事, its openings, 如何): a cheap test before looking for one
TOPIC_WORDS = re.compile("|".join(("方面", "一事", *_TOPIC_OPENINGS, _QUESTION)))
# what may come before the opening: an item's marker or a linking word (四是关于……，……; （3）关于……，……; 此外，针对……)
_TOPIC_LEAD = re.compile(rf"(?:[{CN_NUMERALS}]{{1,3}}是|其[{CN_NUMERALS}]|第[{CN_NUMERALS}]{{1,3}}|[(（](?:\d{{1,2}}|[{CN_NUMERALS}]{{1,3}})[)）]|首先|其次|再次|此外|另外|同时)[，,、]?\s*")

DEFAULT_NEGATION_CUES = ("尚未", "还未", "仍未", "未能", "从未", "没有", "未曾", "缺乏", "缺少", "尚无", "暂无", "未", "无", "正在筹备", "正筹备", "尚在筹备")
# The fixed patterns below use only literal characters and '.', which mean the same in the
# standard library's re as in regex; re costs less per call on short strings.
# After a negation cue, these verbs turn "未发生行政复议案件" into a report of zero activity, as
# do the passive ones of a body that is the respondent ("未被申请行政复议", "未被提起行政诉讼").
_APPLIED_AGAINST = r"被(?:[^，,。；;\n]{0,10}?(?:申请|提起|起诉)|诉|复议)"  # (被申请行政复议, 被当事人申请行政复议, 被诉)
ZERO_ACTIVITY = re.compile(
    rf"(?:有?(?:发生|出现|收到|受理|涉及|产生|新增|接到|引发|引起)|{_APPLIED_AGAINST}|(?:作为|成为|列为)[^，,。；;\n]{{0,8}}?被(?:申请|告|诉)"
    rf"|(?:一(?:起|件|例|项|宗)?|任何)[^，,。；;\n]{{0,8}}?{_APPLIED_AGAINST}"
    r"|有?(?:当事人|相对人|群众|企业|公民|法人)(?:对[^，,。；;\n]{0,12})?(?:提起|提出|申请)"
    # (the other party said not to have applied: 被审计单位均在法定期限内未申请行政复议)
    r"|申请(?=行政复议|复议)"
    # (none naming the body as the respondent: ……受理的行政复议申请中没有以我局为被申请人的)
    r"|以(?:我|本)(?:局|委|办|乡|镇|街道|单位|县|区|市|旗)(?:政府)?为被(?:申请人|申请|告)"
    # (not one, the clause ending there: 以本局为被申请人的复议申请没有一件 — only where the rest of its clause is read)
    r"|一(?:起|件|例|宗|个)也?$)"
)  # 未发生行政复议案件 (……行政复议案件未有发生), 未作为被申请人参加行政复议, 未有当事人对我局提起行政复议, 没有一起行政行为被申请复议,
# 执法工作未引发行政复议或诉讼, 没有被任何公民、法人申请过行政复议, 没有一件被当事人申请行政复议
# (not 未向当事人告知申请……)
# 未经……不/不得/严禁……: a rule being enforced (未经法律顾问审查的合同不签订), not a negation;
# used with .match(text, pos) from the match's end.
_ENFORCED_RULE = re.compile(r"[^。；;！!？?\n]{0,30}?(?:不|严禁|禁止)")
# ... or the phrase is followed by a count noun ("无行政复议案件发生"); used with .match(text, pos).
ZERO_TAIL = regex.compile(r"(?:[、和及与或][^，,。；;\n、和及与或]{1,8}?){0,3}[^，,。；;\n]{0,4}?(?:案件|申请|案|纠纷|被告|事项)")  # 无行政复议、行政诉讼案件（事项）
# ... or the phrase is itself such a count (复议申请, 复议案件)
_COUNT_NOUNS = ("案件", "申请", "纠纷")
# ... or named as empty after it: 法律顾问岗位空缺, 公职律师0名; or as wanting: 政务公开工作有待加强,
# 音像记录设备配备不足 (not any 不足: 原因是人员不足 explains); or put
# off: 法律顾问聘用工作因预算压减暂缓; or not yet in place: ……审核制度正在建立, ……尚在研究建立之中, ……尚在起步阶段,
# ……办法拟于明年印发; or wanting: 执法记录仪等设备缺口较大; or being chosen: 外聘法律顾问的政府采购工作已于12月启动,
# ……遴选工作仍在推进中, 我局公职律师选任工作正在推进, ……的采购程序已于2025年11月启动; or being handed out, 执法记录仪配备工作正在推进中;
# or on paper only: ……制度目前仍停留在文件层面
_SETTING_UP = "建立|筹建|组建|制定|起草|编制|研究|酝酿|遴选|选聘|比选|洽谈|申请|对接|采购|购置|配备(?=(?:过程)?之?中)"  # a mechanism being set up, not yet in place (正在建立, 尚在起草, 正在遴选, 正在组织遴选; 人选正在比选之中; equipment applied for: 执法记录仪正在按程序申请配备; a firm in talks: 正在对接律师事务所; a team being formed: 公职律师队伍正在组建; equipment being bought: 执法记录仪等……设备目前正在采购之中; or still being handed out, ……执法记录设备仍在配备过程中)
# ... the ways of saying so, after a match (……制度正在建立; by some means, 局机关法律顾问正在通过政府采购程序遴选) and opening the clause a
# title heads (目前正在筹备……; 述法材料目前正在准备中)
_IN_THE_MAKING = rf"(?:正|[尚仍还])在(?:逐步|积极|抓紧|加快|按程序|按规定|共同|联合)?(?:通过[^，,。；;\n]{{0,10}}?)?(?:组织|开展)?(?:{_SETTING_UP}|筹备|准备|论证|起步|探索)|正筹备"
_AT_A_STAGE = "处于(?:制度|方案|文件)?(?:起草|筹备|酝酿|论证|研究|试点|征求意见)阶段"  # still being made (……制度目前仍处于起草阶段; 目前尚处于征求意见阶段; ……办法仍处于方案起草阶段 — its document's stage)
# What waits on something else being done first (待县司法局出台目录清单后再行建立; 待……统一安排后开展述法; 待全区述法会议
# 召开时一并开展; 待履行程序后签订服务协议; 相关工作待县里统一安排。; with 将: ……的述法将在区委统一安排后进行): not in place.  One pattern for a draft's clause (_DRAFTED) and a denial right
# after a match (_NEGATED_AFTER).
_WAITING = (
    r"(?:待|[将拟](?:在|于))[^，,。；;\n]{0,20}?(?:(?:后|时)(?:再行|再|方可|一并)?(?:全面|正式|统一)?"
    r"(?:建立|制定|出台|实施|推行|执行|施行|落实|办理|开展|进行|组织|举行|举办|聘请|聘任|签订(?:服务|聘用|委托|顾问)(?:合同|协议)|签约)"
    r"|(?:安排|部署)(?=[，,。；;！!？?\n]))"  # (or the clause ends on it: ……起草了述法提纲，相关工作待县里统一安排。)
)
# ... or drafted and still out for comment (……已起草……目录清单，目前正在征求意见): where a clause opens so (not
# right after a match: a decision's draft put out for comment is its procedure followed)
# (……正在征求县司法局和……意见; 待修改完善后印发实施; 待区综合执法局审定后印发实施; 待县人民政府常务会议审议通过后印发施行; still a
# draft, 相关办法目前仍停留在草稿阶段; or to be set up once another body has acted, 待县司法局出台目录清单后再行建立; ……已报市司法局，待审定后执行;
# an adviser's contract to be signed once chosen, 待履行程序后签订服务协议; 尚待县司法局备案后签约; or done once another acts,
# ……的聘任须待年度预算批复后办理; ……述法材料已准备完毕，待……统一安排后开展述法; or when it meets, 待全区述法会议召开时一并开展)
_DRAFTED = (
    r"(?:正|[尚仍还])在(?:征求[^，,。；;\n]{0,20}?意见|修改完善|审议)|尚待印发|待[^，,。；;\n]{0,20}?印发|停留在(?:草稿|草案|起草|纸面)"
    rf"|[尚仍还]?{_WAITING}"
)
# (not never absent or never broken off, 法律顾问全年未缺席一次党工委会议; nor the cases that fail it, nor a rule on those not
# reviewed: 对法制审核未通过的案件一律不得作出决定; ……，对重大执法决定未经法制审核或审核未通过的一律不得作出)
# (a system still to be set up is not in place either: 目前，重大执法决定法制审核制度尚待建立)
_NEGATED_AFTER = re.compile(
    r"^.{0,14}?((?:尚未|仍未|还未|没有|未)(?!发生|出现|发现|成年|来|通过的|缺席|缺勤|间断|中断)(?!经[^。；;！!？?\n]{0,30}?(?:不得|严禁|禁止|一律不))|空缺|缺位|(?<![\d.])0(?=名|人|个|家)|零(?=名|人)"
    rf"|有待|[尚仍还]待[^，,。；;\n]{{0,12}}?(?:确定|选定|明确|选聘|聘请|落实|批复|审批|部署|安排|建立|设立|制定|出台)|[还仍尚亟]需|亟待|不够|(?:配备|配置|数量|设备|覆盖面?)不足|不到位|暂缓|搁置|{_IN_THE_MAKING}|拟于"
    r"|(?<![不没未])停留在(?:文件|纸面|口头|表面|草稿|草案)"  # (……制度目前仍停留在文件层面: on paper only; ……办法目前仍停留在草稿阶段 — not 不停留在文件上)
    rf"|{_WAITING}"  # (……等相关制度待县里统一部署后落实; ……的聘任须待年度预算批复后办理)
    r"|(?:本应|原本应|本来应)"  # (what should have been and was not: 重大执法决定法制审核本应同步推开，但……目前仍在设置之中)
    rf"|{_AT_A_STAGE}|正在与[^，,。；;\n]{{0,8}}?(?:对接|协商|洽谈)"  # (……制度目前仍处于起草阶段; 聘请工作正在与……对接)
    # (the system's own documents still out for comment: ……法制审核目录清单和工作规程目前仍在征求意见; or still being drawn up:
    # ……法制审核目录清单目前仍在梳理之中; ……法制审核目录清单编制指引，各部门目录清单目前正在编制中)
    r"|(?:目录|清单|办法|规程|细则|制度)[^，,。；;\n]{0,8}?(?:正|[尚仍还])在(?:征求意见|修改完善|审议|梳理|编制|制定|起草)"
    r"|启动[^，,。；;\n]{0,4}?(?:遴选|选聘|招标|采购)"  # (……法律顾问已于2025年12月启动遴选，……: being chosen)
    r"|缺口(?=较大|很大|大|明显|突出|仍|尚|\d)|(?:采购|遴选|招标|选聘|聘请|聘用|选任|选拔|配备|配置)(?:工作)?[^，,。；;\n]{0,14}?(?:启动|(?:列入|纳入)[^，,。；;\n]{0,4}计划|(?:延续|持续)至今|[仍正尚还]在(?:按程序|按规定|按计划|按要求|有序|抓紧|积极|加快)?(?:推进|进行|办理|开展|洽谈|履行[^，,。；;\n]{0,8}?程序)))"
)
# ... or its term over and not renewed (法律顾问聘期于2022年底届满，2023年未续聘; 合同到期后没有续签, 未办理续聘;
# 合同于……到期，受经费等因素影响，目前尚未续聘; 合同已于……到期，新一轮……遴选工作仍在推进中; 合同于……到期，此后……多次研究……，
# 但……续聘手续仍未办理完毕; ……年内尚未完成
# 新一轮……选聘工作), though
# the term's end alone says nothing of the year after; used with .match(text, pos) from the match's end.
_CHOOSING = "遴选|选聘|招标|采购|比选"  # the ways an adviser or firm is chosen (the alternatives of _LAPSED and _BEING_CHOSEN)
_LAPSED = re.compile(
    # (the noun may end the match: ……服务协议已于……到期; the term and the month between: ……作为法律顾问，合同期一年，当年12月到期后，……未续签;
    # or the next sentence tell the lapse: ……到期。……未能续签)
    # (or a term said to have ended: ……法律顾问团自上一届聘期于2024年12月结束后，换届遴选工作尚未完成)
    # (the lapse after a turn, the work it once did between: ……法律顾问曾在……合同审查中发挥了重要作用，但因……，合同到期后……未再续聘)
    r"[^。；;\n]{0,48}?(?:(?:聘期|聘任期|任期|合同|服务期?|协议)?[^，,。；;\n]{0,12}?(?:届满|到期|期满)|(?:聘期|聘任期|任期|服务期)[^，,。；;\n]{0,12}?结束)后?(?:[。；;][ \t]*)?[^。；;\n]{0,50}?"
    r"((?:未|没有|不再)(?:能|办理|再|予|及时|按时|如期){0,2}(?:续聘|续签|再聘|聘请|聘用|聘任|选聘|请|签订|续约)"  # (……到期后未及时续签, 未能及时续签)
    r"|(?:未|没有)能?(?:完成|启动|开展)[^，,。；;\n]{0,10}?(?:续聘|续签|选聘|遴选|招标|采购)"  # (年内尚未完成新一轮……选聘工作; 未能完成续聘工作)
    r"|(?:续聘|续签|选聘|遴选|招标|采购)[^，,。；;\n]{0,12}?(?:未|没有)(?:能)?(?:完成|落实|启动|开展|办理)"  # (新一轮选聘因经费未及时落实没有完成)
    r"|(?:遴选|选聘|招标|采购|续聘|续签)(?:工作)?[^，,。；;\n]{0,8}?[仍正尚还]在(?:按程序|按规定|有序|抓紧|积极|加快)?(?:推进|进行|办理|开展|洽谈)"
    r"|(?:续聘|续签|选聘|遴选)(?:工作)?[^，,。；;\n]{0,6}?(?:搁置|暂停|中止|停滞)"  # (……期满，因……，续聘工作暂时搁置)
    # (……期满，2025年局涉法事务主要由政策法规股自行办理: the body's own staff in its place)
    r"|由[^，,。；;\n]{0,12}?(?:股|科|室|办公室|司法所|干部|工作人员)[^，,。；;\n]{0,4}?自行(?:办理|承担|把关|处理|负责)"
    # (……到期，目前正按……方式重新遴选律师事务所; ……到期后，目前正通过……协调遴选新的律师事务所)
    rf"|正(?:在|按)?[^，,。；;\n]{{0,12}}?(?:重新(?:遴选|选聘|招标|采购)|(?:{_CHOOSING})新)"
    # (……期满，2025年按程序启动重新选聘工作; ……届满，2025年因……比选程序两次流标)
    rf"|(?:启动|开展|开始)[^，,。；;\n]{{0,4}}?重新(?:{_CHOOSING})|流标"
    # (……期满，2025年新一届法律顾问正在按程序遴选，目前尚未确定人选; ……届满，新的法律顾问目前正在组织遴选)
    # (……到期，……续聘工作启动后，因……未能达成一致，目前仍在重新比选中)
    rf"|(?:正|[尚仍还])在(?:按程序|按规定)?(?:组织|开展)?(?:重新)?(?:{_CHOOSING})|尚未确定(?:人选|律师事务所))"
)
# ... or still being chosen: the match's clause says by whom, the next that the choice goes on
# (法律顾问由县司法局统一组织遴选，遴选工作目前尚在进行; ……统一招标采购，采购程序尚未完成; ……由区司法局统筹选派，目前人选正在遴选之中;
# 新的法律顾问遴选工作已向……报备，目前尚在比选过程中; ……由区司法局统一从律师库中选派，目前选派和聘任程序尚在进行中; or put into the year's plan: ……法律顾问工作列入年度计划，相关采购程序尚在办理之中;
# or the matter put to a meeting: 镇政府聘请法律顾问一事已提交镇党委会议研究，相关遴选工作正在推进中; or its post set up:
# 申报设立局机关公职律师岗位2个，目前人选正在遴选)
_BEING_CHOSEN = re.compile(
    rf"[^，,。；;\n]{{0,16}}?(?:{_CHOOSING}|选派|列入|纳入|提交|提请|岗位)[^，,。；;\n]{{0,12}}?[，,][ \t]{{0,2}}"
    r"(?:[^，,。；;\n]{1,24}?[，,][ \t]{0,2})?"  # (or the clause after the next: ……采取公开比选方式确定，比选公告已于……发布，目前遴选工作仍在进行中)
    # (or the time so far named: ……组织遴选，截至年底尚在遴选过程中)
    rf"(?:目前|当前|现|至今|截[至止](?:年底|年末|目前|\d{{1,2}}月底?))?(?:[，,][ \t]{{0,2}})?(?:新一轮|相关|有关)?"
    # (or its result still posted: ……启动新一届政府法律顾问遴选，目前报名律师事务所5家，遴选结果尚在公示之中)
    rf"(?:(?:{_CHOOSING}|选派|聘任)(?:[和及与、](?:{_CHOOSING}|选派|聘任))?(?:工作|程序)?[^，,。；;\n]{{0,8}}?([仍正尚还]在[^，,。；;\n]{{0,4}}?(?:推进|进行|办理|开展|洽谈|公示)|(?:尚未|没有|未)能?完成)"
    # (……由区司法局统筹选派，目前人选正在遴选之中)
    rf"|人选([仍正尚还]在(?:{_CHOOSING}))|人选(尚未确定)"
    # (……遴选工作已向县司法局报备，目前尚在比选过程中)
    rf"|([仍正尚还]在(?:{_CHOOSING}))"
    # (the firm to be engaged still on public notice: ……已于12月发布遴选公告，拟聘律师事务所目前正在公示)
    r"|拟(?:聘|聘请|聘用|选聘|确定)的?[^，,。；;\n]{0,10}?(?:目前|当前)?([仍正尚还]在公示)"
    # (or the work put on a later year's list, its scheme still being drafted: ……已列入2024年市政府重点工作，目前尚处于方案起草阶段)
    r"|([尚仍还]处于[^，,。；;\n]{0,6}?(?:起草|酝酿|研究|论证|筹备)阶段))"
)
# ... or planned and called off (……专场宣讲原定于11月在我镇举办，因台风天气取消; ……年终述法原定于12月……进行，因……调整，本年度未单独组织)
# (or put off: ……年终述法工作原定于12月……开展，后因……调整，相关工作一并延后，……)
_CALLED_OFF = re.compile(
    r"[^。；;\n]{0,30}?原定[^。；;\n]{0,24}?[，,]?[^。；;\n]{0,24}?(取消|未能(?:举办|举行|开展|如期)|未(?:单独|专门|如期)?(?:组织|举办|举行|开展|进行)"
    r"|(?:一并|相应)?(?:延后|推迟|延期|顺延)(?=[，,。；;\n]))"
)
# The first clause a heading's title heads, saying the thing is not in place (目前正在筹备购置……, 我局尚未建立……):
# the title names it only to say so (used with .match from the body's start).
_NOT_IN_PLACE = re.compile(
    rf"[^，,。；;！!？?\n]{{0,8}}?(尚未|还未|仍未|暂未|未能|至今未|迄今未|没有|尚无|仍无|{_IN_THE_MAKING}|{_DRAFTED}|{_AT_A_STAGE}"
    r"|暂缓(?=实施|执行|推进|开展|聘请|选聘|建立|推行|[，,。；;])"  # (关于外聘法律顾问，……进行了专题研究，……，决定暂缓实施)
    r"|暂不(?=(?:另行|再|单独)?(?:聘请|聘用|选聘|设立|配备|开展|实施|建立|推行))"  # (关于法律顾问问题，……，2025年度暂不另行聘请)
    r"|(?:也|均|都|亦)?未(?:开展|实施|落实|建立|推行|执行)过?(?=(?:此项|这项|该项)(?:工作|制度)))"  # (……，本年度也未开展此项工作)
)
_LAPSE_HINT = re.compile("届满|到期|期满|结束")  # within _LAPSE_AHEAD characters of the match: in _AFTER_HINTS too
_LAPSE_AHEAD = 64  # characters after a match that _LAPSED's 届满/到期/期满 may start within (48 + a noun and 12 between)
# ... or a term said further on in the sentence to have ended in an earlier year than the report's (……担任法律顾问，聘期内共
# 审查合同9份，……，聘期已于2024年12月届满, in a report on 2025), not renewed in that sentence: none in the year reported on
# (当年, the year named last before it in its sentence: 局机关2023年聘请的常年法律顾问合同于当年年底期满)
# (its length told first, the end in the next clause: ……担任法律顾问，合同期限一年，已于2024年12月到期)
_ENDED = regex.compile(
    rf"(?:聘期|聘任期|任期|合同|服务期|协议)(?:[^，,。；;\n]{{0,4}}?|(?:期限?|为期)[^，,。；;\n]{{0,6}}[，,]\s*(?=已|于|在))(?:已经?)?(?:于|在)?(?:{YEAR_TEXT}|当年)[^，,。；;\n]{{0,6}}?(?:届满|到期|期满|结束)"
    # (nor one still going on: ……，续聘工作正在按……程序推进; renewal suspended is none: ……，镇政府按通知暂停续聘; nor talked over,
    # 目前正在与律师事务所洽谈续聘事宜)
    r"(?![^。；;\n]{0,30}?(?<!未|未能|没有|没能|不再|未再|暂停|暂缓|洽谈|商谈|协商)(?:续聘|续签|续约|重新聘请|重新签订)(?![^，,。；;\n]{0,4}(?:正在|尚在|仍在|还在|尚未|仍未|拟)))"
)
# ... and a sentence telling what was done in such a term, the sentence before naming it (……在合同期内参与审查合同9份)
_IN_THE_TERM = re.compile(r"(?:合同|聘|服务|任)期(?:内|间)")
# ... or to begin in a later year (……担任县政府常年法律顾问，聘期自2026年1月1日起计算, in a report on 2025): none in the year either
_BEGINS_LATER = regex.compile(rf"(?:聘期|聘任期|任期|服务期|合同期)[^，,。；;\n]{{0,4}}?(?:自|从|于)?{YEAR_TEXT}[^，,。；;\n]{{0,8}}?(?:起|开始)")
# ... or the service said to begin in that year (……完成比选，……中标，将自2024年1月起提供常年法律服务): chosen, not yet at work
_SERVES_LATER = regex.compile(rf"(?:将|拟)(?:自|从|于){YEAR_TEXT}[^，,。；;\n]{{0,8}}?(?:起|开始)(?:正式)?(?:提供|履职|承担|担任|进驻)")
_TERM_HINT = re.compile(_LAPSE_HINT.pattern + "|期自|期从|期于|将自|将从|将于|拟自|拟从|拟于")  # one of these is in every match of _ENDED, _BEGINS_LATER and _SERVES_LATER
_TERM_NAMED = re.compile(r"\s*(?:(?:该|其|上述|此)(?:项)?(?:[^，,。；;\n]{0,8}?的|所|律所|律师)?(?:顾问|法律顾问|法律)?)?(?:合同|协议|聘期|聘任期|服务期|服务合同|服务协议)")  # a sentence opening on the term (该合同于……; 合同于……; 该律师事务所的服务协议于……; 该所顾问合同于……; 该法律服务合同于……)
# ... or said to be something (法律顾问是依法决策的重要保障, 政务公开制度是……的重要抓手): what a
# mechanism is reports no use of it; used with .match(text, pos) from the match's end.
_DEFINED = re.compile(
    r"(?:和公职律师|、公职律师|和法律顾问|、法律顾问|制度|工作)?(?:[，,]\s{0,2})?(是[^，,。；;\n]{0,20}?(?:保障|支撑|抓手|手段|途径|渠道|举措|基础|关键|生命线|重要内容|重要环节))"
)  # (after a comma too: 深入学习习近平法治思想，是乡村干部提高依法办事能力的重要途径)
# ... or spelled out in a document, the match the object of what the document settles (印发……实施办法，明确了执法公示、
# 全过程记录和重大执法决定法制审核的内容、程序和责任): the rules' wording reports no use of the system
_SPELLING_VERB = re.compile(r"(?:明确|规定|细化|界定)了?")
_SPELLING_REACH = 40  # characters before a match the verb may be, within the match's clause (a list between: 明确了执法公示、……)
# (a list of them too: 明确公职律师的选任、职责和考核要求)
_SPELLED_OUT = re.compile(
    r"[^，,。；;！!？?\n]{0,30}?(的(?:[^，,。；;！!？?\n]{1,4}?[、和及与]){0,3}(?:具体|基本)?[^，,。；;！!？?\n]{0,2}?(?:内容|程序|流程|范围|标准|职责|责任|时限|情形|条件|要求))"
)
# ... the document named before the verb in its sentence (not 各执法部门明确了……法制审核的范围和程序，由法制机构……进行审核: a practice told)
_DOCUMENT = re.compile(r"《|(?:印发|制定|出台|修订)了?[^。；;！!？?\n]{0,30}?(?:办法|细则|规定|方案|规程|指引|制度)")
# ... or ruled on by it, the match the object of 对 before it (印发《……实施办法》，对执法公示、……法制审核作出规定)
_RULED_ON = re.compile(r"[^，,。；;！!？?\n]{0,40}?(作出了?(?:具体|明确|详细|相应)?(?:规定|规范))")
SPELLED_OUT_CUE = re.compile(_SPELLING_VERB.pattern + "……的|对……作出")  # the cues :meth:`Negation._spelled_out` gives (明确了……的内容; 对……作出规定)
_AFTER_HINTS = ("停留在", "本应", "原本应", "本来应", "处于", "列入", "纳入", "至今", "未", "没有", "空缺", "缺位", "0", "零", "待", "需", "不够", "不足", "不到位", "暂缓", "搁置", "正在", "尚在", "仍在", "还在", "正筹备", "拟于", "拟在", "将于", "将在", "缺口", "启动", "届满", "到期", "期满", "结束", "原定")  # one of these is in every match of _NEGATED_AFTER (届满, 到期, 期满, 结束: of _LAPSED; 原定: of _CALLED_OFF)
_AFTER_HINT = re.compile("|".join(_AFTER_HINTS))  # any of them, in one search of the text


# ... or a body or system set up, the next clause saying, but, it does not run yet (法律顾问室已组建，但尚未正式运转)
_NOT_RUNNING = re.compile(
    r"[^，,。；;\n]{0,14}[，,]\s{0,2}(?:但是?|却|然而|不过)[^，,。；;\n]{0,4}?"
    r"((?:尚未|仍未|还未|至今未|至今尚未|一直未|没有|还没有)(?:能)?(?:正式|真正|实际)?(?:运转|运行|启用|投入使用|投入运行|开展工作|履职|发挥作用))"
    # (or a document issued, the next clause, short and of no subject, saying it is not in force yet: ……三项制度文本，目前尚未实施。)
    r"|[^，,。；;\n]{0,40}[，,]\s{0,2}(?:目前|至今|现)?((?:尚未|暂未|还未|仍未)(?:正式)?(?:实施|执行|施行|推行|运行|启用))(?=[。；;\n])"
)


def _not_running(norm: str, end: int) -> str | None:
    """The cue of :data:`_NOT_RUNNING` right after a match ending at ``end``, or None."""
    m = _NOT_RUNNING.match(norm, end)
    return (m.group(1) or m.group(2)) if m is not None else None


def _negated_after(ahead: str, zero_ok: bool) -> str | None:
    """The cue in ``ahead`` (the rest of a match's clause, at most _AHEAD characters) that
    voids the match (尚未建立, 岗位空缺, 有待加强…), or None — also when, with ``zero_ok``, the
    cue reports a zero (复议申请一件也没有收到)."""
    m = _NEGATED_AFTER.match(ahead)
    if m is None or (zero_ok and ZERO_ACTIVITY.match(ahead[m.end() :])):
        return None
    return m.group(1)
_AHEAD = 28  # characters after a match that _NEGATED_AFTER may need (14 + a cue + its look-ahead: 采购工作已于2023年12月启动)
_LIST_ITEM = 16  # characters of one item of a list a negation before it reaches (……、……、……)
_LIST_LEAD = 6  # characters of the match's own item before it (、执法全过程记录: 执法)
# how much further back than the window a cue is looked for before a verb of setting up that governs the match as
# its object (尚未与律师事务所签订常年法律顾问协议: 尚未 13 characters before 法律顾问)
_VERB_REACH = 12
_SETTING_UP_VERB = re.compile("签订|签署|聘请|聘用|选聘|配备|设立|建立|组建|出台|印发|制定")


def _no_negation(cue: str, following: str) -> bool:
    """Whether the cue 无/未 with the character after it is another word (无论, 无须, 无缝, 未须, 无偿, 未成年, 未来)."""
    return cue in ("无", "未") and following != "" and following in "论须需缝限偿成来"
_LIST_REACH = 60  # characters before the negation window a cue is looked for when the match may be an item


def _clause_not_in_place(norm: str, start: int, end: int, zero_ok: bool, clauses: int | None = None) -> str | None:
    """The cue of one of the first ``clauses`` clauses (default :data:`_INNER_CLAUSES`) after ``start`` and before ``end`` that opens saying
    the thing is not in place (……，我局尚未制定……; ……，目前暂未开展), or None: a later clause of a
    match that runs over several (……法制审核方面，我局尚未制定……法制审核), or of the sentence a
    topic opens."""
    for at in _later_clauses(norm, start, end, clauses or _INNER_CLAUSES):
        m = _NOT_IN_PLACE.match(norm, at)
        if m is not None and m.end() <= end and not (zero_ok and ZERO_ACTIVITY.match(norm, m.end())):
            return m.group(1)
    return None


def _later_clauses(norm: str, start: int, end: int, count: int):
    """Where each of the first ``count`` clauses after ``start`` and before ``end`` opens (right after its ，；)."""
    k = start
    for _ in range(count):
        b = _CLAUSE_BREAK_RX.search(norm, k, end)
        if b is None:
            return
        k = b.end()
        yield k


_CLAUSE_BREAK_RX = re.compile("[，,；;]")
# a case said not to have happened that is itself a lapse (全年未发生重大执法决定未经法制审核的情况): a double
# negative, which says every one was done
_DOUBLE_NEGATIVE = re.compile(
    r"(?:未发生|没有发生|未出现|没有出现|杜绝)[^，,。；;\n]{0,16}未经[^，,。；;\n]{0,16}?的?(?:情况|情形|现象|问题)"
    # (not one of them left unreviewed: 全年没有一件重大执法决定未经法制审核就作出)
    r"|(?:没有|无|未有)一(?:件|起|宗|项|例|个|份)[^，,。；;\n]{0,16}未经[^，,。；;\n]{0,12}"
    # (nor counted as none: 未经法制审核的重大执法决定为零)
    r"|未经[^，,。；;\n]{0,20}?的[^，,。；;\n]{0,16}?(?:为零|为0(?:件|个|起|宗)?|是零|数量为零)(?=[，,。；;\n]|$)"
)
# a later clause of a match's sentence that opens saying it is not in place, when the match is the
# sentence's subject (目前，重大执法决定法制审核由于缺少……人员，尚未全面落实): its predicate
_SUBJECT_NOT_IN_PLACE = re.compile(
    r"[ \t\u3000]*(?:但|但是|而|却)?(?:(?:相关|有关|上述|该项?|这些?)(?:制度|机制|工作|规定|规范)?)?"
    # (held back by something, up to a time: ……，受经费制约至年底仍未落实; ……，受编制和经费等因素所限，到年底仍未落地)
    r"(?:受[^，,。；;\n]{1,10}?(?:所限|限制|制约|影响))?(?:到|至|截至|截止到?)?(?:今年|本年)?(?:年底|年末|年终)?"
    r"(?:目前|当前|现阶段|至今|仍|还|本年度?|全年|年内)?(?:(尚未|还未|仍未|暂未|尚待)(?:全面|完全|真正|有效|正式)?"
    rf"(?:落实|建立|开展|实行|推行|实施|施行|落地|推开|执行|到位|形成|覆盖|运行|印发|出台|完成|(?:聘请|聘任|选聘|配备)到位"
    rf"|签订(?:服务|聘用|委托)?(?:合同|协议)|签约)|({_DRAFTED})"
    # (the year's, a clause of its own: ……述法工作因……调整，2024年度未开展)
    rf"|(?:{YEAR_TEXT}度?|全年|年内|本年度?)(未|没有)(?:开展|进行|举行|举办|实行)(?=[。；;，,！!\n])"
    # (or no contract signed that year, the body named: ……，2025年局里没有与律师事务所签订服务合同)
    rf"|(?:{YEAR_TEXT}度?|全年|年内|本年度?)(?:局里|我局|本局|机关)?(未|没有)与[^，,。；;\n]{{1,12}}?签订(?:服务|聘用|委托|顾问)?(?:合同|协议))"
    # (no one to do it yet, a short subject before: 对……的法制审核，目前乡上尚无专职人员，……; ……，镇里目前还没有专门的审核人员)
    r"|[^，,。；;\n]{0,4}?([尚仍还]无|[尚仍还]?没有)(?=专门|专职|专人|相应|配套|固定)"
    # (never done by the body itself, a short subject before: ……，我乡在这一环节还没有独立开展过审核工作)
    r"|[^，,。；;\n]{0,10}?((?:还|尚|仍)?(?:没有|未)(?:独立|单独|自行|专门)?(?:开展|进行|组织|实施)过)"
    # (still being chosen or set up, a clause of its own: 我局聘请常年法律顾问的工作已启动，……，目前仍在遴选过程中)
    rf"|[ \t\u3000]*(?:目前|当前|现阶段|至今)?((?:正|[尚仍还])在(?:{_SETTING_UP}))"
    # (left to another body's arrangement, to be carried out step by step: ……法制审核工作由县里统一部署，镇里将按照要求逐步落实)
    r"|[^，,。；;\n]{0,4}?(将[^，,。；;\n]{0,8}?逐步(?:落实|推行|实施|建立|开展))"
)
_DRAWING_UP = "编制|制定|起草|梳理|修订"  # a document still being drawn up (_DOCUMENT_IN_THE_MAKING; in _SUBJECT_HINT so)
_SUBJECT_HINT = re.compile(rf"未|待|征求|修改完善|审议|[尚仍还]无|没有|停留在|逐步|在(?:{_DRAWING_UP}|{_SETTING_UP}|公示)")  # one of these is in every match of _SUBJECT_NOT_IN_PLACE or _DOCUMENT_IN_THE_MAKING
# ... or its own document, named in the match's clause, said in a later clause to be still drawn up (……印发重大执法决定法制审核目录清单
# 编制指引，各部门目录清单目前正在编制中): not in place whatever names it
_DOCUMENT_IN_THE_MAKING = re.compile(
    rf"[ \t\u3000]*[^，,。；;\n]{{0,6}}?(目录清单|目录|清单|办法|细则|规程)(?:目前|当前|现阶段|仍|还|尚)?((?:正|[尚仍还])在(?:{_DRAWING_UP}))"
)
# ... or one saying it is to be issued or engaged in a later year, or in force from one (……目录清单正在修订，计划2026年上半年
# 印发施行; ……，2026年一季度内完成签约; ……印发《……办法》，……，自2026年1月1日起施行): not in place in the year reported on (the year
# checked against the report's)
# (also put into effect from a later year: ……，将于2026年起全面实施; or the firm chosen then: ……，拟于2026年上半年确定服务机构;
# or its contract signed then: ……比选公告已于12月发布，预计2026年一季度签订服务合同; ……已于12月完成比选，服务合同将于2026年1月签订;
# or the subject's work done then: ……法律顾问的聘任工作因……延后，将于2026年上半年完成)
_IN_FORCE_LATER = regex.compile(
    rf"((?:(?:服务|聘用|委托|顾问)?(?:合同|协议)|(?:聘任|聘用|选聘|聘请|遴选|采购)工作)?(?:目前|预计|计划|拟|争取|力争|自|从|将)?(?:于|在|到)?{YEAR_TEXT}[^，,。；;\n]{{0,8}}?"
    r"(印发|出台|施行|(?:确定|选定)(?=服务机构|律师事务所|人选|服务单位)|签订(?=(?:服务|聘用|委托)?(?:合同|协议))"
    r"|(?<=(?:合同|协议)[^，,。；;\n]{0,16}?)签(?:订|约)|完成(?=[，,。；;\n])"
    r"|完成[^，,。；;\n]{0,4}?(?:签约|签订|选聘|遴选|聘请|聘任|聘用|招标|采购|印发|制定|建立)"
    r"|(?<=(?:起|开始)[^，,。；;\n]{0,4}?)(?:实施|执行|推行|运行)))"
)
# (or a clause putting it into a later year's plan: ……法制审核目录清单的编制，经研究已列入2026年重点工作任务; the year checked
# against the report's)
_INTO_LATER_CLAUSE = regex.compile(rf"([^，,。；;\n]{{0,16}}?{_INTO_LATER_PLAN})")  # (groups: the cue, the year; the next stage's, unnamed, is not looked at)
# ... or a later clause naming the subject again as this system (这项制度, 该制度) and saying it is not in place, however far
# on in the sentence (对……法制审核，……，但因为……，也……，这项制度在实际办案中还没有运行起来)
# (……由其担任法律顾问……，但……，这项工作至今仍未能落地; 对重大执法决定开展法制审核，需要明确……，这几项基础性工作目前在我委均未建立;
# 聘请常年法律顾问一事，……，该项工作年内未能落实; ……已经印发了实施办法……，这一制度全年实际上一次也没有运行; 在法律顾问工作上，……，
# 这项工作在本年度没有最终落地; 关于……年终述法，……原计划于12月组织开展，……，该项工作在本年度最终没有单独进行)
_THIS_SYSTEM = r"(?:这项|此项|这一|该项?|上述(?:[两三四五六七八九十]项)?|这[几两三四五六七八九十]项|这些|[两三四五六]项(?<=[，,。；;\s][两三四五六]项))(?:基础性?|具体|相关|重点)?(?:制度|机制|办法|细则|工作|事项|(?:目录)?清单)"  # (上述三项制度; 三项制度 alone opening its clause; 该清单)
_NAMED_AGAIN_NOT_IN_PLACE = re.compile(
    rf"\s*(?:但|但是|而|却|因此|所以|因而)?{_THIS_SYSTEM}[^，,。；;\n]{{0,8}}?"
    r"(?:[，,]\s{0,2}(?:截至|截止到?|直到|到|至)[^，,。；;\n]{0,4}?)?"  # (该事项经多次研究，截至年底仍未能落地)
    r"((?:尚未|还未|仍未|暂未|均未|都未|未能|没能|还没有|仍没有|尚没有|没有)能?(?:真正|全面|完全|有效|正式|实际|最终)?(?:单独|如期|按期|按时)?"
    r"(?:在[^，,。；;\n]{1,10}?[中内里上])?(?:付诸)?"  # (上述制度尚未在具体案件中运行; 上述制度尚未付诸实施)
    r"(?:落实|建立|实行|推行|实施|落地|推开|执行|到位|运行|运转|启用|使用|进行|开展|举行|举办|召开|印发|出台)"  # (该清单至年底仍未正式印发实施)
    r"|(?:仍然|仍|还|依然|只)?(?:停留|停滞)在纸面上?"  # (这项制度到年底仍然停留在纸面上)
    r"|(?:仍然|仍|还|依然|尚)?(?:是|属于?|处于)?(?:一片)?空白)"  # (这项工作目前仍是空白)
)
_AGAIN_REACH = 160  # characters after a match its subject may be named again so (a long sentence's)
_PARAGRAPH_REACH = 240  # characters after a topic's sentence its paragraph may name it again so
_NAMED_AGAIN = re.compile(_THIS_SYSTEM)  # ... by one of these (_NAMED_AGAIN_NOT_IN_PLACE's)
_TOPIC_IN_SENTENCE = re.compile("关于|对于|至于|针对|方面[，,：:]")  # a sentence opening a topic of its own
_SUBJECT_LEAD = 6  # characters before a match that opens its sentence (目前，; 3.; 一是)
_YEAR_LEAD = regex.compile(rf"{YEAR_TEXT}度?[，,]?")  # a year opening a clause, before its subject (2024年度区级述法工作……)
# ... or a topic the clause opens with (三是对重大执法决定的法制审核，街道……，但尚未正式印发)
_TOPIC_FRAME = re.compile(rf"(?:[{CN_NUMERALS}]{{1,3}}是)?(?:对于|对|关于|至于)[^，,。；;\n]{{0,12}}$")
_SUBJECT_REACH = 40  # characters after it the predicate may start
# ... and a match named in what a demand is made on, its clause closing on the demand (对各部门做好政府信息主动公开……提出了明确要求;
# 对我局依法行政工作提出具体要求): the topic of another's or one's own demand, no practice told
_DEMAND_ON = re.compile(r"(?:(?<![面绝相核应反校比])对(?![照接标比])于?|针对)[^，,。；;\n]*$")
_DEMANDED = re.compile(r"(?:提出|作出|做出)了?(?:明确|具体|严格|相关|更高|新的?)?要求")
_DEMAND_REACH = 60  # characters after a match its demand may close (a clause holds up to 200)
# ... or an act dated in brackets right after it, its count between, to another year (县长带头出庭应诉1次（2024年11月）): that year's act
_ACT_DATED_REACH = 13  # characters after the act its bracket may open (its count between: at most 12 before it)
_ACT_DATED = regex.compile(rf"[^，,。；;！!？?\n（(）)]{{0,{_ACT_DATED_REACH - 1}}}?[（(]{YEAR_TEXT}(?:度|底|末|初)?(?:\d{{1,2}}月份?(?:\d{{1,2}}日)?)?[)）]")
# a cue inside a long match (after a rule enforced, 未经……的，不得……, is ruled out)
# (or the match's own list or rules still drafted: 重大执法决定法制审核目录清单尚在起草过程中，部分部门法制审核……)
_NEGATED_INSIDE = re.compile(
    rf"尚未|还未|仍未|暂未|至今未|迄今未|没有|尚无|仍无|暂无|未经|未能|没能|未(?:开展|实行|进行|落实|建立|实施|执行|推行)"
    rf"|(?:正|[尚仍还])在(?:起草|制定|建立|筹建|筹备)|{_DRAFTED}"
)
_INNER_CLAUSES = 3  # later clauses of a match looked at
# ... and of a topic's sentence, all of it about the topic (在法律顾问工作方面，……，……，但受……限制，至今还没有……签订聘用协议)
_TOPIC_CLAUSES = 8  # (……方面，乡里高度重视，多次……，积极……，希望……，但受……制约，截至年底仍未能落实: the sixth)
_INNER_MIN = 8  # characters of a match that may run over two clauses and say 尚未…… in the second


def _cue(m) -> str:
    """The cue a match of an alternation of cues found: its last group that matched (the alternative's own; a year
    inside an alternative, YEAR_TEXT's group, comes before the cue's)."""
    return m.group(m.lastindex)


def _lapsed(norm: str, end: int) -> str | None:
    """The cue of a term over and not renewed after a match ending at ``end`` (:data:`_LAPSED`:
    ……聘期于……届满，……未续聘), looked for only when 届满/到期/期满 follows within _LAPSE_AHEAD; or of
    the match still being chosen (:data:`_BEING_CHOSEN`) or called off (:data:`_CALLED_OFF`); or None."""
    if _LAPSE_HINT.search(norm, end, end + _LAPSE_AHEAD) is None:
        m = _BEING_CHOSEN.match(norm, end) or _CALLED_OFF.match(norm, end)
        return _cue(m) if m is not None else None
    m = _LAPSED.match(norm, end)
    return m.group(1) if m is not None else None


def _past_arabic_label(norm: str, start: int, end: int) -> int:
    """``start``, or the end of an Arabic item label there (1. （1）): the 1 of a label is no figure."""
    label = _ARABIC_LABEL.match(norm, start, end)
    return label.end() if label is not None else start


def _done(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` holds a sign of something done (:data:`_DONE`), an Arabic item label at its start
    left out (:func:`_past_arabic_label`)."""
    return _DONE.search(norm, _past_arabic_label(norm, start, end), end) is not None


def _item_says_done(norm: str, start: int, end: int) -> bool:
    """Whether the sentence holding ``start``…``end`` reports something done up to ``end`` (:func:`_done`): an item that says
    it itself (一是2024年全年未发生……行政复议案件。二是……) is no label heading the text after it."""
    return _done(norm, max(norm.rfind("。", 0, start), norm.rfind("\n", 0, start)) + 1, end)


# a document cited by its number or title (（宁卫发〔2025〕14号）; 《2025年法治政府建设工作要点》): its figures report nothing done
_CITED = re.compile(r"[〔\[（(]\d{4}[〕\]）)]\d{1,4}号")


# A sentence that opens on the body issuing its own rules, and then what they lay down (出台《……法制审核办法》，明确……决定，
# 必须经法制审核后方可作出): its 必须/应当 is the rule's content, a rule reported made, not a requirement of the report.
_OWN_RULE = re.compile(
    r"[ \t\u3000]*(?:(?:我|本)[局委办镇乡县区市]|局里|局党组|委党组)?(?:研究)?(?:出台|制定|印发|修订)了?[^。；;！!？?\n]{0,40}?[，,]"
    r"[ \t\u3000]*(?:进一步)?(?:明确|规定)[^。；;！!？?\n]{0,40}$"
)
_RULE_CUES = ("必须", "应当")  # the requirement words a rule so issued may lay down


def _own_rule(norm: str, start: int, end: int) -> bool:
    """Whether the requirement cue at ``start``…``end`` is what the body's own rules lay down (:data:`_OWN_RULE`)."""
    if not norm.startswith(_RULE_CUES, start):
        return False
    opening = max(norm.rfind(c, max(0, start - 120), start) for c in "。；;！!？?\n") + 1
    return _OWN_RULE.fullmatch(norm, opening, start) is not None


def _reports_done(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` reports something done (a sign of :data:`_DONE` as :func:`_done` finds them, but not the
    figures of a document cited by its number, :data:`_CITED`) or zero activity (未发生……; ……行政复议：无。)."""
    cited = None  # (found only when a sign of something done is)
    for m in _DONE.finditer(norm, _past_arabic_label(norm, start, end), end):
        if cited is None:
            cited = [c.span() for c in _CITED.finditer(norm, start, end)]
        if not any(a <= m.start() < b for a, b in cited):
            return True
    return any(ZERO_ACTIVITY.match(norm, m.end()) for m in _ZERO_CUE.finditer(norm, start, end)) or _NONE_COUNT.search(norm, start, end) is not None


def _inside(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether ``s``…``e`` lies strictly inside one of ``spans`` (in order, not overlapping;
    ``starts`` their starts)."""
    k = bisect_left(starts, s) - 1
    return k >= 0 and e < spans[k][1]


def _other_years(norm: str, year: int | None) -> list[tuple[int, int]]:
    """The spans of :data:`_YEAR_OPENER` in ``norm`` that name a year after ``year`` (or 明年),
    of :data:`_INTO_LATER` (……已纳入2026年工作安排), :data:`_PUT_OFF` (……安排在2026年……进行) and :data:`_LATER_MONTH` (2026年1月，……召开2026年……
    部署会) that do, and of :data:`_DATED_OPENER` and :data:`_DATED_AT` that name an earlier year, in order."""
    found = [
        (m.start(2), m.end()) if m.group(2) else (m.start(1), m.end())
        for m in _YEAR_OPENER.finditer(norm)
        if m.group(2) or (year is not None and year_value(m.group(1)) > year)
    ]
    if year is None:
        return found
    more = [(m.start(1), m.end()) for rx in (_DATED_OPENER, *_DATED_AT) for m in rx.finditer(norm) if year_value(m.group(1)) < year]
    if "将" in norm or "拟" in norm:
        more += [(m.start(1), m.end()) for m in _YEAR_SUBJECT_WILL.finditer(norm) if year_value(m.group(1)) > year]
        more += [(m.start(1), m.end()) for m in _SUBJECT_YEAR_WILL.finditer(norm) if year_value(m.group(1)) > year]
        more += [(m.start(), m.end()) for m in _BODY_WILL_YEAR.finditer(norm) if year_value(m.group(1)) > year]
    if "同年" in norm:
        more += [m.span() for m in _SAME_YEAR.finditer(norm) if (named := _year_referred(norm, m.start())) is not None and named < year]
    if "纳入" in norm or "列入" in norm:
        more += [m.span() for m in _INTO_LATER.finditer(norm) if m.group(2) or year_value(m.group(1)) > year]
    more += [m.span() for m in _PUT_OFF.finditer(norm) if year_value(m.group(1)) > year]
    if "月" in norm:
        more += [m.span() for m in _LATER_MONTH.finditer(norm) if year_value(m.group(1)) > year]
    return sorted(found + more) if more else found


def _year_referred(norm: str, at: int) -> int | None:
    """The year 同年 at ``at`` refers to: the last one named in the :data:`_SAME_YEAR_REACH` characters before it, not one
    a figure is compared with (……，较2024年增长20%。同年，……), or None."""
    named = None
    for m in _YEAR_NAMED.finditer(norm, max(0, at - _SAME_YEAR_REACH), at):
        if norm[m.start() - 1 : m.start()] not in _COMPARED_WITH:
            named = m.group(1)
    return year_value(named) if named is not None else None


@functools.lru_cache(maxsize=64)
def _alternation_rx(patterns: tuple[str, ...]):
    """One pattern finding any of ``patterns`` (requirement cues, plan words), or None for none."""
    return compile_fast("|".join(f"(?:{c})" for c in patterns)) if patterns else None


@functools.lru_cache(maxsize=64)
def _stock_rx(openers: tuple[str, ...]):
    """Stock words opening a clause, after at most _STOCK_SUBJECT characters (for ``match``)."""
    if not openers:
        return None
    return compile_fast(f"[^，,；;：:。\\n]{{0,{_STOCK_SUBJECT}}}?(?:" + "|".join(f"(?:{o})" for o in openers) + ")")


@functools.lru_cache(maxsize=64)
def _negation_rx(cues: tuple[str, ...]) -> re.Pattern:
    ordered = sorted(set(cues), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(c) for c in ordered) + ")")  # literal words: as regex


class Negation:
    """The negation part of :class:`~scorer.matching.Context` (its constructor sets the
    compiled cues and the window)."""

    def negation(self, hit: Hit, *, zero_ok: bool = False) -> str | None:
        """The negation cue that voids ``hit`` (e.g. 尚未), or None.

        Looks back ``negation_window`` characters within the same clause, and a
        few characters ahead for 尚未/未/没有 + verb ("法律顾问制度尚未建立"); a match said
        to be something ("法律顾问是依法决策的重要保障") is voided too.
        With ``zero_ok`` a cue followed by 发生/收到/受理… reports zero activity
        ("全年未发生行政复议案件") and does not void the hit.  A match in a heading's title
        is voided when the first sentence the heading heads says it again, negated
        (（三）关于执法全过程记录。……，执法全过程记录制度在我局尚未落地).  A match in a work
        plan's sentence is voided too (:meth:`plan_wording`: 持续深化政务公开，不断……).
        """
        cue = self._negation(hit, zero_ok)
        if cue is None:
            cue = self._heading_negation(hit, zero_ok)
            if cue is None:
                cue = self.plan_wording(hit)
                if cue is None and self.in_hollow_part(hit):
                    cue = HOLLOW
        return cue

    def in_hollow_part(self, hit: Hit) -> bool:
        """Whether ``hit`` lies in a line (a paragraph or a sub-heading) that reports nothing done, in a measures part written as a work
        plan or a list of requirements as a whole (see :data:`_HOLLOW_UNDONE`): what it names was not reported done."""
        spans = self._hollow
        if spans is None:
            spans = self._hollow = self._hollow_paragraphs()
        if not spans:
            return False
        k = bisect_right(spans, (hit.start, len(self.report.norm))) - 1
        return k >= 0 and hit.end <= spans[k][1]

    def _hollow_paragraphs(self) -> list[tuple[int, int]]:
        """The lines that report nothing done (paragraphs, and the sub-headings over them) in the measures parts
        written as a plan (see :data:`_HOLLOW_UNDONE`), in order.  A run of neighbouring measures parts (the thematic
        parts of a report, a paragraph or two under each heading) is judged as one."""
        norm = self.report.norm
        cues = sorted(self.requirement_spans()[0] + self.plan_sentence_starts())
        found: list[tuple[int, int]] = []
        parts = self.report.parts
        i = 0
        while i < len(parts):
            if parts[i].kind != "measures":
                i += 1
                continue
            # the run of neighbouring measures parts, judged as one (thematic parts of a paragraph or two each)
            last = self.report.run(i)[1]
            lines = []
            paragraphs = []
            for part in parts[i : last + 1]:
                at = part.body_start
                for line in norm[part.body_start : part.end].split("\n"):
                    end = at + len(line)
                    if line:
                        lines.append((at, end))
                        if len(line) >= _HOLLOW_MIN_CHARS and len(line.strip()) >= _HOLLOW_MIN_CHARS:
                            paragraphs.append((at, end))
                    at = end + 1
            i = last + 1
            if len(paragraphs) < _HOLLOW_MIN_PARAGRAPHS:
                continue
            # (the requirements first: few parts hold many, and most paragraphs that report something are long)
            required = sum(1 for s, e in paragraphs if (k := bisect_left(cues, s)) < len(cues) and cues[k] < e)
            if required < _HOLLOW_REQUIRED * len(paragraphs):
                continue
            undone = [(s, e) for s, e in lines if not _reports_done(norm, s, e)]
            if len(set(undone).intersection(paragraphs)) >= _HOLLOW_UNDONE * len(paragraphs):
                found.extend(undone)
        return found

    def plan_wording(self, hit: Hit) -> str | None:
        """The stock word (持续, 坚持, 进一步…: the pack's ``negation.stock``) opening the sentence
        holding ``hit`` when every clause of it opens on one, it holds a plan word (持续, 不断,
        进一步, 继续, 充分发挥: ``negation.plan_words``) and it reports nothing done (no figure, 了, 已,
        全年…): a work plan's sentence (持续深化政务公开，不断加大信息公开力度), which reports no
        practice; else None."""
        starts, ends, words = self._plan_sentences()
        i = bisect_right(starts, hit.start) - 1
        if i < 0 or hit.end > ends[i]:
            return None
        # a heading's title names a topic in the same words (（五）深化改革，持续优化营商环境): what
        # it heads says whether anything was done
        title_end = self.title_end(hit.start, hit.end)
        if title_end is not None:
            return self._plan_under(title_end)
        # ... and so does a paragraph's short opening sentence, a label all the same (持续深入学习贯彻……。党组理论学习
        # 中心组全年开展专题学习4次), when the rest of its paragraph reports something done (the test that makes
        # _plan_under's None for a title)
        label_end = self.enumeration_label_end(hit.start, hit.end) or self._paragraph_label_end(hit.start, hit.end)
        if label_end is not None:
            body = self._past_label(label_end)
            if _DONE.search(self.report.norm, body, self.line(body)[1]):
                return None
        return words[i]

    def _plan_under(self, title_end: int) -> str | None:
        """The stock opening of the work-plan sentence a heading's title ending at ``title_end`` heads
        first, when the rest of that paragraph reports nothing done either (（二）持续深化……改革。进一步……，
        推动……。持续推进……，不断提升……): the title names a plan's topic; else None."""
        body = self._past_label(title_end)
        starts, _, words = self._plan_sentences()
        k = bisect_left(starts, body)
        if k == len(starts) or starts[k] != body:
            return None
        return None if _DONE.search(self.report.norm, body, self.line(body)[1]) else words[k]

    def is_definition(self, cue: str) -> bool:
        """Whether ``cue`` (from :meth:`negation`) says what the match is (:data:`_DEFINED`: 法律顾问是依法决策的重要保障),
        not that it is missing."""
        return _DEFINED.fullmatch(cue) is not None

    def is_requirement_cue(self, cue: str) -> bool:
        """Whether ``cue`` (from :meth:`negation`) is one of the pack's requirement words (要, 必须…): a
        heading's topic said again in a requirement (依法化解矛盾纠纷 / 各村要……化解矛盾纠纷……)."""
        rx = self._requirement_rx
        return rx is not None and rx.fullmatch(cue) is not None

    def plan_sentence_starts(self) -> list[int]:
        """Where the report's work-plan sentences start (see :meth:`plan_wording`), in order."""
        return self._plan_sentences()[0]

    def opens_plan_sentence(self, cue: str) -> bool:
        """Whether ``cue`` (from :meth:`negation`) is the stock opening of one of the report's work-plan
        sentences: a heading's topic said again in one (依法化解矛盾纠纷 / 我市坚持……，不断完善……矛盾纠纷……)."""
        return cue in self._plan_sentences()[2]

    def _plan_sentences(self) -> tuple[list[int], list[int], list[str]]:
        """The report's work-plan sentences (see :meth:`plan_wording`): starts, ends and opening
        stock words, in order.  Found once, from the plan words: few, and most of their sentences
        report a figure (one search says so)."""
        found = self._work_plan
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            words: list[str] = []
            if self._stock_rx is not None and self._plan_rx is not None:
                norm = self.report.norm
                judged = -1  # the end of the last sentence judged
                others: list[int] = []  # sentences opening on a plan word that are not all stock wording
                for m in self._plan_rx.finditer(norm):
                    if m.start() < judged:
                        continue
                    start, end = self.sentence(Hit(*m.span()))
                    judged = end
                    word = self._stock_opening(start, end)
                    if word is not None:
                        starts.append(start)
                        ends.append(end)
                        words.append(word)
                    elif len(norm[start : m.start()].strip()) <= _STOCK_SUBJECT:
                        others.append(start)  # (one that opens on the plan word: 持续开展……，严厉打击……)
                beside = self._beside_requirements(set(starts), others)
                if beside:
                    order = sorted([*zip(starts, ends, words), *beside])
                    starts, ends, words = [list(x) for x in zip(*order)]
            found = self._work_plan = (starts, ends, words)
        return found

    def _beside_requirements(self, known: set[int], planned: list[int] = ()) -> list[tuple[int, int, str]]:
        """Sentences of stock words alone (see :meth:`_stock_opening`) next to a sentence of their
        paragraph that opens on a requirement with no subject (依法做好……工作，积极支持……。要坚持……): the same work plan,
        without a plan word of their own; and anywhere in a paragraph that reports nothing done, beside such
        a requirement or a sentence with a plan word (``planned``: its starts; 全面落实……制度，严格执行……。持续开展……，
        严厉打击……); (start, end, opening) of each not in ``known``."""
        norm = self.report.norm
        found: list[tuple[int, int, str]] = []
        whole: set[int] = set()  # paragraphs whose every sentence was judged already

        def take(sentences) -> None:  # those of stock words alone, not known yet
            for s, e in sentences:
                if s not in known and e > s:
                    word = self._stock_opening(s, e)
                    if word is not None:
                        known.add(s)
                        found.append((s, e, word))

        for at in planned:
            p_start, p_end = self.line(at)
            if p_start not in whole and not _done(norm, p_start, p_end):
                whole.add(p_start)
                take(self._sentences_between(p_start, p_end))
        for cue in self.requirement_spans()[0]:
            start, end = self.sentence(Hit(cue, cue))
            if _REQUIREMENT_OPENING.fullmatch(norm, start, cue) is None:
                continue  # (not one with a subject, 各股室要……: what the body asked of its units)
            p_start, p_end = self.line(start, end)
            if p_start in whole:
                continue
            if not _done(norm, p_start, p_end):  # a paragraph that reports nothing done: each of its sentences
                whole.add(p_start)
                take(self._sentences_between(p_start, p_end))
            else:  # (else the sentences next to it)
                if start > 0 and norm[start - 1] in _BESIDE:
                    take([self.sentence(Hit(start - 1, start - 1))])
                if end < len(norm) and norm[end] in _BESIDE:
                    take([self.sentence(Hit(end + 1, end + 1))])
        return found

    def _sentences_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences (bounds, as :meth:`sentence`) from ``start`` to ``end`` (a paragraph)."""
        out = []
        at = start
        while at < end:
            s, e = self.sentence(Hit(at, at))
            if e > s:
                out.append((s, e))
            at = max(e, at) + 1
        return out

    def _stock_opening(self, start: int, end: int) -> str | None:
        """The stock words opening the sentence ``start``…``end`` when every clause of it opens on
        them and it reports nothing done, else None (an Arabic item label before it is neither: 1. （1）)."""
        norm = self.report.norm
        start = _past_arabic_label(norm, start, end)
        if _DONE.search(norm, start, end) is not None:
            return None
        rx = self._stock_rx
        first = None
        at = start
        while at < end:
            stop = CLAUSE_BREAK.search(norm, at, end)
            stop = stop.start() if stop else end
            while at < stop and norm[at].isspace():
                at += 1
            if stop - at >= _STOCK_CLAUSE:  # (同时，……: too short to say anything)
                m = rx.match(norm, at, stop)
                if m is None or stop - m.end() < _STOCK_OBJECT:
                    if first is None or not self._requires(at, stop):
                        return None
                    # (a later clause may be a requirement: ……，对执法中存在的突出问题要及时督促整改)
                elif first is None:
                    first = norm[at : m.end()]
            at = stop + 1
        return first

    def _requires(self, start: int, end: int) -> bool:
        """Whether a requirement cue (要, 必须…: :meth:`requirement_spans`) lies in ``start``…``end``."""
        starts = self.requirement_spans()[0]
        k = bisect_left(starts, start)
        return k < len(starts) and starts[k] < end

    def _heading_negation(self, hit: Hit, zero_ok: bool) -> str | None:
        """The cue negating ``hit``'s text again in the first sentence under the heading whose
        title holds ``hit`` (or the item's label inside a paragraph that ``hit`` ends: 二是关于执法全过程
        记录。), or opening that sentence (3.执法全过程记录。目前正在筹备购置……; ……。我局尚未建立……), or
        opening the clause after a topic ``hit`` names (……方面，我局尚未制定……), or None (also when
        ``hit`` is in no title or topic)."""
        start, end = hit
        title_end = self.title_end(start, end)
        norm = self.report.norm
        if title_end is None:
            # an item's label inside a paragraph that the match ends (二是关于执法全过程记录。我局目前尚未建立……):
            # read as a heading's title
            # (a label ends within _LABEL_TAIL characters of the match: one find rules out most matches)
            def ends_label(at: int) -> bool:  # (the label's text after the match: a character or two, or words naming it in general)
                return at - end <= _LABEL_TAIL or _LABEL_TAIL_WORDS.fullmatch(norm, end, at) is not None

            stop = norm.find("。", end, end + _LABEL_WORDS_TAIL + 1)
            if stop >= 0 and ends_label(stop):
                label_end = self.enumeration_label_end(start, end) or self._paragraph_label_end(start, end)
                if label_end is not None and ends_label(label_end) and not _item_says_done(norm, start, end):
                    title_end = label_end
        if title_end is None:
            # a topic the match opens a sentence on, said not to be in place in a clause of that sentence
            # (法制审核方面，我局尚未制定……; 三是关于法制审核，由于……，目前暂未开展)
            if (
                norm.find("方面", end, end + 9) < 0
                and norm.find("一事", end, end + 9) < 0
                and not any(norm.find(w, max(0, start - 8), start) >= 0 for w in _TOPIC_OPENINGS)
                and norm.find(_QUESTION, max(0, start - 12), end) < 0
            ):
                return self._in_negated_topic(hit, zero_ok)
            body = self.topic_end(start, end)
            if body is None:
                return None
            stop = _FULL_STOP_RX.search(norm, body)
            s_end = stop.start() if stop else len(norm)
            # the topic named again in its sentence, negated there (……记录方面，受……限制，……，执法全过程记录尚未落实), or its
            # last words (对于重大执法决定法制审核，……，……审核目录清单和法制审核人员至今均未明确)
            return (
                self._negated_again(norm[start:end], body, s_end, zero_ok)
                or (end - start > _TOPIC_CORE and self._negated_again(norm[end - _TOPIC_CORE : end], body, s_end, zero_ok))
                or _clause_not_in_place(norm, body - 1, s_end, zero_ok, _TOPIC_CLAUSES)
                or self._in_force_later(body - 1, s_end)
                # (or named again in its sentence as this work, not in place: 关于法律顾问，……，因此这项工作至今仍是空白)
                or self._named_again_not_in_place(_later_clauses(norm, body - 1, s_end, _TOPIC_CLAUSES))
                or self._topic_not_in_place_later(s_end)
            )
        body = self._past_label(title_end)
        stop = _FULL_STOP_RX.search(norm, body)
        s_end = stop.start() if stop else len(norm)
        said = self._said_again(norm[start:end], body, s_end)
        if said is not None:  # said again under it: negated there, or in a work plan's sentence (持续深化政务公开，不断……)
            # (or its sentence says it is to be engaged in a later year: 三是完善法律顾问制度。……决定……选聘……法律顾问，……，聘任工作将于
            # 2026年3月前完成)
            return (
                self._negation(said, zero_ok)
                or self.plan_wording(said)
                or self._in_force_later(body - 1, s_end, _TOPIC_CLAUSES)
                or self._negated_later_in_paragraph(norm[start:end], s_end, zero_ok)
            )
        if norm.find(norm[start:end], body, s_end) >= 0:
            # (only in the title of its own rules there, a later clause saying they are not in place: 3.推进重大执法决定法制审核。
            # 《……法制审核办法》已完成起草，目前正在征求县司法局意见，……)
            cue = _clause_not_in_place(norm, body - 1, s_end, zero_ok, _TOPIC_CLAUSES)
            if cue is not None:
                return cue
        opening = _NOT_IN_PLACE.match(norm, body)
        if opening is None or (zero_ok and ZERO_ACTIVITY.match(norm, opening.end())):
            # (or a clause of its first sentence saying it takes effect in a later year: 3.法制审核。……形成……目录清单，
            # ……，将于2026年起全面实施; or naming it again as this system or these rules, not in place: 四是关于……法制审核。
            # ……印发了《……办法》，……；因……，该办法目前尚未实际启用)
            named = _NAMED_AGAIN.search(norm, body, s_end) is not None  # (one look rules out most)
            starts = (body, *_later_clauses(norm, body, s_end, _TOPIC_CLAUSES)) if named else ()
            return self._in_force_later(body - 1, s_end, _TOPIC_CLAUSES) or self._named_again_not_in_place(starts)
        return opening.group(1)

    def _topic_not_in_place_later(self, at: int) -> str | None:
        """The cue of a later sentence of a topic's paragraph, from ``at`` up to the next topic, that names it again as this
        system and says it is not in place (在重大执法决定法制审核方面，……起草了审核流程……。但……，这项制度到年底仍然停留在
        纸面上), or None."""
        norm = self.report.norm
        stop = norm.find("\n", at, at + _PARAGRAPH_REACH)
        stop = min(len(norm), at + _PARAGRAPH_REACH) if stop < 0 else stop
        topic = norm.find("方面", at, stop)  # (another topic's sentences: this system is that one)
        if topic >= 0:
            stop = topic
        return self._named_again_not_in_place(n.start() for n in _NAMED_AGAIN.finditer(norm, at, stop))

    def _named_again_not_in_place(self, starts) -> str | None:
        """The cue of the first clause opening at one of ``starts`` that names the thing again as this system, these rules
        or this work and says it is not in place (:data:`_NAMED_AGAIN_NOT_IN_PLACE`), or None."""
        norm = self.report.norm
        return next((m.group(1) for at in starts if (m := _NAMED_AGAIN_NOT_IN_PLACE.match(norm, at))), None)

    def _negated_later_in_paragraph(self, words: str, at: int, zero_ok: bool) -> str | None:
        """The cue negating ``words`` said again after ``at`` in its paragraph (a label's: 法律顾问工作。县司法局组织开展……
        活动，……。……，局法律顾问选聘工作已经启动，……正在组织比选), or None: what the label names is not in place."""
        norm = self.report.norm
        stop = norm.find("\n", at)
        stop = len(norm) if stop < 0 else stop
        said = self._said_again(words, at, stop)
        while said is not None:
            cue = self._negation(said, zero_ok)
            if cue is not None:
                return cue
            said = self._said_again(words, said.end, stop)
        return None

    def _said_again(self, words: str, start: int, end: int) -> Hit | None:
        """The first occurrence of ``words`` in ``start``…``end`` outside a cited title, or None
        (按照《……推行法律顾问制度……》要求，我局积极筹备聘请法律顾问: the title names it, the clause after says it)."""
        norm = self.report.norm
        at = norm.find(words, start, end)
        while at >= 0:
            said = Hit(at, at + len(words))
            if not self.in_citation(said):
                return said
            at = norm.find(words, said.end, end)
        return None

    def _negation(self, hit: Hit, zero_ok: bool) -> str | None:
        norm = self.report.norm
        start, end = hit
        cue = self.requirement(hit)
        if cue:
            return cue
        defined = _DEFINED.match(norm, end)
        if defined is not None:
            return defined.group(1)
        spelled = self._spelled_out(start, end)
        if spelled is not None:
            return spelled
        if norm.find("未经", max(0, start - _LIST_LEAD), end) >= 0 and _ENFORCED_RULE.match(norm, end):
            return None  # 未经……或者审核未通过的，不得……: a rule enforced, its 未 no negation
        if self._in_double_negative(start, end):
            return None  # 未发生……未经法制审核的情况: a double negative, every one was reviewed
        if end - start > _INNER_MIN:  # (a match of a few characters holds no clause break)
            # a cue inside a match that runs from its object to its act (重大执法决定尚未开展法制审核)
            inside = _NEGATED_INSIDE.search(norm, start, end)
            while inside is not None and inside.group(0) == "未经" and (rule := _ENFORCED_RULE.match(norm, inside.end(), end)) is not None:
                inside = _NEGATED_INSIDE.search(norm, rule.end(), end)  # (……开展法制审核，未经审核的不得作出决定，……: a rule enforced)
            if inside is not None and not (zero_ok and ZERO_ACTIVITY.match(norm, inside.end())):
                return inside.group(0)
            inner = _clause_not_in_place(norm, start, end, zero_ok)
            if inner is not None:
                return inner
        predicate = self._subject_not_in_place(start, end)
        if predicate is not None:
            return predicate
        term = self._term_outside_year(start, end)
        if term is not None:
            return term
        put_off = self._put_off_later(start, end) or self._never_held(start, end)
        if put_off is not None:
            return put_off
        # Quick answers for most hits: no cue at all in the widest possible window before the
        # hit, and none after it in its clause (every cue looked for after holds one of _AFTER_HINTS).
        lo = start - self.negation_window
        if lo < 0:
            lo = 0
        listed = False
        if self._neg_before.search(norm, lo, start) is None:
            # unless the hit is a later item of a list with a cue before it (未开展执法公示、全过程记录、法制审核工作)
            listed = "、" in norm[lo:start] and self._neg_before.search(norm, max(0, lo - _LIST_REACH), lo) is not None
            if not listed:
                governed = self._negated_verb(norm, lo, start)
                if governed is not None:
                    return governed
                if (
                    _AFTER_HINT.search(norm, end, end + _AHEAD) is None
                    and _LAPSE_HINT.search(norm, end + _AHEAD - 1, end + _LAPSE_AHEAD) is None  # (a lapse told further on)
                ):
                    return None
                lapsed = _lapsed(norm, end)
                if lapsed is not None:
                    return lapsed
                after = norm[end : end + _AHEAD]
                m = CLAUSE_BREAK.search(after)
                return _negated_after(after[: m.start()] if m else after, zero_ok) or _not_running(norm, end)
        c_start, c_end = self.clause(hit)
        w_start = max(c_start, lo)
        if listed:
            w_start = min(w_start, self._list_head(c_start, start))
        window = norm[w_start:start]
        enforced = False  # 未经……不得……: a rule enforced, whose own 未 (审核未通过的) negates nothing either
        for m in self._neg_before.finditer(window):
            cue = m.group(0)
            if zero_ok and (
                ZERO_ACTIVITY.match(window[m.end() :] + norm[start:end])
                or ZERO_TAIL.match(norm, end, c_end)
                or norm.endswith(_COUNT_NOUNS, start, end)  # 无以我局为被申请人的复议申请: the match is the count
            ):
                continue
            following = window[m.end()] if m.end() < len(window) else ""
            if _no_negation(cue, following):
                continue  # 无论, 无须, 无缝, 未须, 无偿, 未成年, 未来: not a negation of the phrase
            if cue == "未" and following == "经" and _ENFORCED_RULE.match(norm, end):
                enforced = True
                continue  # 未经……不得……: a rule enforced
            return cue
        if enforced:
            return None
        lapsed = _lapsed(norm, end)
        if lapsed is not None:
            return lapsed
        return self.negated_after(hit, zero_ok, c_end)

    def negated_after(self, hit: Hit, zero_ok: bool, c_end: int | None = None) -> str | None:
        """The cue after ``hit`` in its clause that says it is not in place (……法律顾问选聘工作正在按程序推进), or None."""
        norm = self.report.norm
        end = hit.end
        if c_end is None:
            c_end = self.clause(hit)[1]
        return _negated_after(norm[end : min(c_end, end + _AHEAD)], zero_ok) or _not_running(norm, end)

    def _spelled_out(self, start: int, end: int) -> str | None:
        """The cue (明确了……的内容) of a match that is what a document settles, the object of 明确/规定/细化/界定 in its clause
        and followed by what of it is settled, the document named before in its sentence (制定了《……实施办法》，……，明确了
        执法公示、全过程记录和重大执法决定法制审核的内容、程序和责任), or None."""
        norm = self.report.norm
        what = _SPELLED_OUT.match(norm, end)
        if what is None:
            return self._ruled_on(start, end)
        # (the verb before the match, or inside a long one: 执法大队，明确了执法公示)
        verbs = list(_SPELLING_VERB.finditer(norm, max(0, start - _SPELLING_REACH), end))
        verb = verbs[-1] if verbs else None
        if verb is None or CLAUSE_BREAK.search(norm, verb.end(), end) is not None:
            return None  # (no such verb, or another clause's)
        if _DOCUMENT.search(norm, self.sentence(Hit(start, end))[0], verb.start()) is None:
            return None  # (no document: the body itself settled it, and may tell its practice next)
        return verb.group(0) + "……" + what.group(1)

    def _ruled_on(self, start: int, end: int) -> str | None:
        """The cue (对……作出规定) of a match that is what a document rules on: 对 before it in its clause, 作出规定 after
        it, the document named before 对 in its sentence (印发《……实施办法》，对执法公示、执法全过程记录和重大执法决定
        法制审核作出规定), or None."""
        norm = self.report.norm
        if norm.find("作出", end, end + 45) < 0:  # (one look rules out most matches)
            return None
        ruled = _RULED_ON.match(norm, end)
        if ruled is None:
            return None
        c_start = self.clause(Hit(start, end))[0]
        to = norm.rfind("对", c_start, start)
        if to < 0 or _DOCUMENT.search(norm, self.sentence(Hit(start, end))[0], to) is None:
            return None
        return "对……" + ruled.group(1)

    def _negated_verb(self, norm: str, lo: int, start: int) -> str | None:
        """A negation cue further back than the window (from ``lo``), in the match's clause, before a verb of setting up
        that governs the match as its object (街道本级尚未与律师事务所签订常年法律顾问协议), or None."""
        far = max(0, lo - _VERB_REACH)
        if _SETTING_UP_VERB.search(norm, far, start) is None:  # (most matches: no such verb before them)
            return None
        cue = None
        for m in self._neg_before.finditer(norm, far, lo):
            cue = m
        if cue is None or _no_negation(cue.group(0), norm[cue.end() : cue.end() + 1]):
            return None  # (无论, 未来…)
        if CLAUSE_BREAK.search(norm, cue.end(), start) is not None:
            return None  # (another clause's)
        return cue.group(0) if _SETTING_UP_VERB.search(norm, cue.end(), start) else None

    def _in_double_negative(self, start: int, end: int) -> bool:
        """Whether ``start``…``end`` overlaps a double negative (:data:`_DOUBLE_NEGATIVE`), or its
        clause runs into one (……均经法规股法制审核后作出，全年未发生……未经法制审核的情况)."""
        spans = self._double_negatives
        if spans is None:  # found once (the report without 未经, most, in one scan for it)
            norm = self.report.norm
            spans = self._double_negatives = [m.span() for m in _DOUBLE_NEGATIVE.finditer(norm)] if "未经" in norm else []
        if not spans:
            return False
        stop = min(end + _AHEAD, self.sentence(Hit(start, end))[1])  # (within the match's sentence)
        return any(a < stop and start < b for a, b in spans)

    def _ended_in(self, m) -> int | None:
        """The year a match of :data:`_ENDED` names: its own, or for 当年 the one named last before it in its sentence."""
        if m.group(1) is not None:
            return year_value(m.group(1))
        named = list(_YEAR_NAMED.finditer(self.report.norm, self.sentence(Hit(m.start(), m.start() + 1))[0], m.start()))
        return year_value(named[-1].group(1)) if named else None

    def _term_outside_year(self, start: int, end: int) -> str | None:
        """The cue of a term said later in the match's sentence to have ended in a year before the report's, not renewed
        there (:data:`_ENDED`: ……担任法律顾问，……，聘期已于2024年12月届满), or to begin in a year after it
        (:data:`_BEGINS_LATER`: ……，聘期自2026年1月1日起计算; :data:`_SERVES_LATER`: ……，将自2026年1月起提供……服务), or None."""
        terms = self._terms
        if terms is None:  # (found once: few reports name a term's end or start)
            norm = self.report.norm
            year = self.report.meta.year
            terms = self._terms = (
                sorted(
                    [(m.start(), m.end(), m.group(0)) for m in _ENDED.finditer(norm) if (ended := self._ended_in(m)) is not None and ended < year]
                    + [(m.start(), m.end(), m.group(0)) for rx in (_BEGINS_LATER, _SERVES_LATER) for m in rx.finditer(norm) if year_value(m.group(1)) > year]
                )
                if year is not None and _TERM_HINT.search(norm) is not None
                else []
            )
        if not terms:
            return None
        norm = self.report.norm
        s_end = self.sentence(Hit(start, end))[1]
        # (or in the next sentence, when it opens on that term: ……聘请了……常年法律顾问。该合同于2024年底到期后，……未再续签;
        # ……签订了为期两年的法律顾问服务合同，……；合同于2024年12月届满后，……)
        if (on := _TERM_NAMED.match(norm, s_end + 1)) is not None:
            s_end = self.sentence(Hit(on.end(), on.end() + 1))[1]
        # (from inside the match too: ……签订的法律服务合同于2024年12月底到期, the match ending on 服务合同)
        cue = next((cue for a, _, cue in terms if start < a < s_end), None)
        if cue is None:
            # (or in the sentence before, the match's own telling of what was done in that term: ……，已于2024年12月到期。法律顾问在
            # 合同期内参与审查合同9份)
            s_start = self.sentence(Hit(start, end))[0]
            if _IN_THE_TERM.search(norm, s_start, s_end) is not None and s_start > 0:
                p_start = self.sentence(Hit(s_start - 1, s_start))[0]
                cue = next((cue for a, _, cue in terms if p_start <= a < s_start), None)
        return cue

    def _never_held(self, start: int, end: int) -> str | None:
        """The cue of a match once planned (原计划……, its clause opening so before it) said further on in its sentence or
        the next not to have been held (我局原计划与年度考核同步组织……述法，……；受……影响，截至目前该项工作仍未组织开展), or None."""
        norm = self.report.norm
        if norm.find("原", max(0, start - _ONCE_PLANNED_REACH), start) < 0:  # (one look rules out most matches)
            return None
        c_start = self.clause(Hit(start, end))[0]
        if _ONCE_PLANNED.search(norm, c_start, start) is None:
            return None
        s_end = self.sentence(Hit(start, end))[1]
        stop = _FULL_STOP_RX.search(norm, s_end + 1)  # (to the next sentence's end: a ； or 。 between)
        held = _NOT_HELD.search(norm, end, min(stop.start() if stop else len(norm), end + _AGAIN_REACH))
        return held.group(0) if held is not None else None

    def _put_off_later(self, start: int, end: int) -> str | None:
        """The cue of the rest of the match's clause or of one of the three clauses after it saying it was put off to a
        year after the report's (:data:`_PUT_OFF`: 原计划于12月开展的……年终述法评议，因……冲突，推迟至2026年一季度进行; or after a
        match once planned, :data:`_PLANNED_LATER`: 原计划同步推行……法制审核，因……，拟于2026年建立该项制度), or None."""
        year = self.report.meta.year
        norm = self.report.norm
        if year is None or norm.find(str(year + 1), end, end + _AGAIN_REACH) < 0:  # (one look rules out most)
            return None
        stop = min(self.sentence(Hit(start, end))[1], end + _AGAIN_REACH)
        # (to come in its own clause: 2025年度的述法工作将结合年终考核于2026年2月开展)
        own = _WILL_IN_YEAR.match(norm, end, self.clause(Hit(start, end))[1])
        if own is not None and year_value(own.group(2)) > year:
            return own.group(1)
        starts = list(_later_clauses(norm, end, stop, _INNER_CLAUSES + 1))
        if len(starts) > _INNER_CLAUSES:  # (to the end of the third clause after its own)
            stop = starts[-1]
        # (not past a later clause telling of another thing once planned: ……旁听庭审1次，原定于年终进行的述法，……，改在2026年3月……)
        stop = next((at for at in starts if at < stop and _ONCE_PLANNED.match(norm, at)), stop)
        # (put off, not begun from a year: ……，县委……印发……，明确自2026年度起……实行年终述法 is another clause's subject)
        later = (m for m in _PUT_OFF.finditer(norm, end, stop) if year_value(m.group(1)) > year)
        m = next((m for m in later if norm.startswith(_PUT_OFF_VERBS, m.start())), None)
        if m is None and _ONCE_PLANNED.search(norm, self.clause(Hit(start, end))[0], start) is not None:
            m = next((m for m in _PLANNED_LATER.finditer(norm, end, stop) if year_value(m.group(1)) > year), None)
        if m is None:  # (a later clause opening on what is to be done in a later year: ……述法工作按照……安排，拟于2026年5月开展)
            opens = set(starts)
            m = next(
                (m for m in _PLANNED_LATER.finditer(norm, end, stop)
                 if m.start() in opens and year_value(m.group(1)) > year and _TO_BE_HELD.match(norm, m.end())),
                None,
            )  # fmt: skip
        if m is None:  # (or a later clause, its subject short, that does the matched thing then: ……述法分两批进行，我局列入第二批，
            # 局主要负责人将于2026年上半年参加现场述法评议 — the arrangement told is for the year after)
            m = self._later_clause_does_it(norm[start:end], starts, end, stop, year)
        return None if m is None else m.group(0)[: m.start(1) - m.start()]

    def _later_clause_does_it(self, word: str, starts: list[int], end: int, stop: int, year: int) -> regex.Match | None:
        """The :data:`_PLANNED_LATER` match (将于2026年, a year after ``year``) between ``end`` and ``stop`` that opens one of
        the later clauses at ``starts`` after a short subject (at most ``_SHORT_SUBJECT`` characters) and whose clause names
        ``word`` again after it, not as done again (继续, 再次…), or None."""
        norm = self.report.norm
        for m in _PLANNED_LATER.finditer(norm, end, stop):
            opened = max((at for at in starts if at <= m.start()), default=None)  # (the later clause it is in)
            if opened is None or m.start() - opened > _SHORT_SUBJECT or year_value(m.group(1)) <= year:
                continue
            c_end = self.clause(Hit(m.start(), m.end()))[1]
            if norm.find(word, m.end(), c_end) >= 0 and not _AGAIN.search(norm, m.end(), c_end):
                return m
        return None

    def _subject_not_in_place(self, start: int, end: int) -> str | None:
        """The cue of a later clause of the sentence whose clause the match at ``start``…``end`` opens
        (its subject) saying it is not in place (……法制审核由于缺少人员，尚未全面落实; ……已起草……目录清单，目前正在
        征求意见; ……目录清单正在修订，计划2026年上半年印发施行: :data:`_IN_FORCE_LATER`, a year after the report's; or
        naming it again, :data:`_NAMED_AGAIN_NOT_IN_PLACE`: ……，这项制度在实际办案中还没有运行起来, or in its own words,
        negated there: ……述法工作按照……安排，……，……述法尚未开展), or None.
        (One search rules out most matches: :data:`_SUBJECT_HINT`, the next year's number, :data:`_NAMED_AGAIN`.)"""
        norm = self.report.norm
        year = self.report.meta.year
        later = year is not None and norm.find(str(year + 1), end, end + _SUBJECT_REACH) >= 0
        near = later or _SUBJECT_HINT.search(norm, end, end + _SUBJECT_REACH) is not None
        named = _NAMED_AGAIN.search(norm, end, end + _AGAIN_REACH) is not None
        said = norm.find(norm[start:end], end, end + _AGAIN_REACH)  # (its own words again, a cue near them)
        if said >= 0:
            near_said = max(end, said - self.negation_window), said + (end - start) + _SUBJECT_REACH
            own = _SUBJECT_HINT.search(norm, *near_said) is not None or _AFTER_HINT.search(norm, *near_said) is not None
        else:
            own = False
        if not near and not named and not own:
            return None
        hit = Hit(start, end)
        s_end = self.sentence(hit)[1]
        # (the subject of its clause: ……，重大执法决定法制审核制度因……，暂未开展); a draft still out for comment is
        # not in place whatever names it (……已牵头起草……法制审核目录清单，目前正在征求意见)
        c_start, c_end = self.clause(hit)
        while c_start < start and norm[c_start] in " \t\u3000":  # (a paragraph's indent is no lead)
            c_start += 1
        if (lead := _YEAR_LEAD.match(norm, c_start, start)) is not None:  # (a year before the subject: 2024年度区级述法工作……)
            c_start = lead.end()
        subject = start - c_start <= _SUBJECT_LEAD or _TOPIC_FRAME.match(norm, c_start, start) is not None
        # (or the title of a document the clause issues, which a later clause may name again: 印发《……法制审核办法》，由于……，
        # 该办法尚未实际运行)
        subject = subject or norm.rfind("《", c_start, start) > norm.rfind("》", c_start, start)
        if near:
            for at in _later_clauses(norm, end, min(s_end, end + _SUBJECT_REACH), _INNER_CLAUSES):
                m = _SUBJECT_NOT_IN_PLACE.match(norm, at)
                if m is not None and (subject or m.group(2)):
                    return _cue(m)
                doc = _DOCUMENT_IN_THE_MAKING.match(norm, at)
                if doc is not None and norm.find(doc.group(1), start, c_end) >= 0:
                    return doc.group(2)
                if later and subject and (cue := self._in_force_from(at)) is not None:
                    return cue
        if named and (again := self._next_sentence_not_in_place(end, s_end)) is not None:
            return again
        if not subject:
            return None
        if named and (again := self._named_again_not_in_place(_later_clauses(norm, end, s_end, _TOPIC_CLAUSES))) is not None:
            return again
        # (or in its own words in a later clause, negated there: 年终述法工作按照……安排，……，2024年度……述法尚未开展; not
        # dated there to an earlier year, the words' own history: 局机关配备公职律师1名（……，2021年取得公职律师证书），2025年审查……)
        cue = self._negated_again(norm[start:end], c_end, s_end, False) if own else None
        return None if cue is not None and self.dated_year(cue) is not None else cue

    def _next_sentence_not_in_place(self, end: int, s_end: int) -> str | None:
        """The cue of the sentence after the match's (ending at ``s_end``) naming it again as this system and saying it is
        not in place (……对……三项制度实施办法进行了修订。由于……，上述制度尚未在具体案件中运行), the subject of its own sentence
        or not — when the match's sentence names it so after the match (……三项制度……) and the next opens no topic of its own
        before (关于聘请法律顾问的问题，……，此项工作至今仍未落实: that one's), or None."""
        norm = self.report.norm
        stop = _FULL_STOP_RX.search(norm, s_end + 1)
        n_end = stop.start() if stop else len(norm)
        for m in _NAMED_AGAIN.finditer(norm, s_end + 1, n_end):
            if norm.find(m.group(0)[-2:], end, s_end) < 0:
                continue  # (its sentence does not name it as this: another thing's)
            if _TOPIC_IN_SENTENCE.search(norm, s_end + 1, m.start()) is not None:
                return None
            return self._named_again_not_in_place((m.start(),))
        return None

    def _in_force_later(self, start: int, end: int, clauses: int = _INNER_CLAUSES) -> str | None:
        """The cue of one of the first clauses after ``start`` and before ``end`` that says the thing is to be issued or
        engaged in a year after the report's, or in force from one (:data:`_IN_FORCE_LATER`), or None."""
        year = self.report.meta.year
        norm = self.report.norm
        if year is None or norm.find(str(year + 1), start, end) < 0:  # (one look rules out most)
            return None
        return next((cue for at in _later_clauses(norm, start, end, clauses) if (cue := self._in_force_from(at)) is not None), None)

    def _in_force_from(self, at: int) -> str | None:
        """The cue of :data:`_IN_FORCE_LATER` opening a clause at ``at`` when it names a year after the report's, or of
        :data:`_INTO_LATER_CLAUSE` (put into a later year's plan or budget), or None."""
        m = _IN_FORCE_LATER.match(self.report.norm, at) or _INTO_LATER_CLAUSE.match(self.report.norm, at)
        return m.group(1) if m is not None and m.group(2) is not None and year_value(m.group(2)) > self.report.meta.year else None

    def _list_head(self, c_start: int, start: int) -> int:
        """Where the negation window of a match that is a later item of a list (……、执法全过程记录)
        starts: that of the list's first item, so 未开展执法公示、全过程记录 negates both.  The items
        are short (at most ``_LIST_ITEM`` characters), 、 between them, in the match's clause; without
        such a list, ``start``."""
        items = self.report.norm[c_start:start].split("、")
        if len(items) < 2 or len(items[-1]) > _LIST_LEAD or any(len(x) > _LIST_ITEM for x in items[1:-1]):
            return start
        first_end = c_start + len(items[0])
        return max(c_start, first_end - self.negation_window - _LIST_ITEM)

    def requirement_spans(self) -> tuple[list[int], list[int]]:
        """Where the report's requirement cues are (starts, ends in ``norm``, in order): the
        pack's requirement words (要/必须/应当…) outside citations (a cited title is no
        requirement) and the clauses opening on a later year than the report's (2026年起，……), or
        the sentences on an earlier one (2024年12月，……)."""
        cues = self._requirement_cues
        if cues is None:
            rx = self._requirement_rx
            # every cue of the report, found once (one pass costs less than a look per hit)
            norm = self.report.norm
            found = [m.span() for m in rx.finditer(norm)] if rx is not None else []
            if found and ("“" in norm or '"' in norm or "「" in norm):
                quoted = [m.span() for m in _SLOGAN.finditer(norm)]
                opens = [a for a, _ in quoted]
                found = [(s, e) for s, e in found if not _inside(quoted, opens, s, e)]
            found = [(s, e) for s, e in found if not _own_rule(norm, s, e)]
            later = _other_years(norm, self.report.meta.year)
            if later:
                found = sorted(found + later)
            cues = self._requirement_cues = self.outside_citations(found)
        return cues

    def dated_year(self, cue: str, before: int | None = None) -> int | None:
        """The year a cue of :meth:`requirement` names when it opens a sentence on another year's work: an earlier year's
        date (see :data:`_DATED_OPENER`: 2024年12月，, 2024年度，; :data:`_DATED_AT`: 曾于2024年年终) or a later year's month
        (:data:`_LATER_MONTH`: 2026年1月，): that year's, not a requirement; else None.  A cue opening on 同年 (see
        :data:`_SAME_YEAR`) names the year named before it: the one ending last at or before ``before``."""
        year = self.report.meta.year
        if cue.startswith("同年"):
            at = self.report.norm.rfind(cue, 0, before) if year is not None and before is not None else -1
            named = _year_referred(self.report.norm, at) if at >= 0 else None
            return named if named is not None and named < year else None
        m = _DATED_CUE.fullmatch(cue) if year is not None and "年" in cue else None
        if m is None:
            return None
        named = year_value(m.group(1))
        return named if named < year or (named > year and "月" in cue) else None

    def dated_earlier(self, cue_start: int, cue_end: int) -> bool:
        """Whether the requirement cue at ``cue_start``…``cue_end`` is a date of a year before the report's (:meth:`dated_year`)."""
        year = self.report.meta.year
        named = self.dated_year(self.report.norm[cue_start:cue_end], cue_end) if year is not None else None
        return named is not None and named < year

    def dated_reach(self, cue: str, cue_end: int, until: int) -> int | None:
        """Where the reach of ``cue`` (ending at ``cue_end``), when it names an earlier year (:meth:`dated_year`), ends
        before ``until``: at the clause opening on a year of its own after it (:data:`_CLAUSE_ON_A_YEAR`: 局长曾于2024年……，
        2025年又主持……), or after the 后， that closes a clause opening on 继 (继2024年12月……述法后，……); None when it names
        no earlier year or reaches on.  After a whole year (2024年，……) a clause on 全年 or 年内 is still that year's."""
        norm = self.report.norm
        for lead, ends in (("继", _THEN_AFTER), ("自", _SINCE_THEN)):  # (继2024年12月……后，: the clause of what followed it ends
            if norm.endswith(lead, 0, cue_end - len(cue)):  # at 后; 自2023年底……以来，: the act since then, at 以来)
                then = ends.search(norm, cue_end, until)
                if then is not None and self.dated_year(cue, cue_end) is not None:
                    return then.end()
        m = _CLAUSE_ON_A_YEAR.search(norm, cue_end, until)
        if m is not None and m.group(1) is None and _WHOLE_YEAR.fullmatch(cue):
            while m is not None and m.group().endswith(_THAT_YEAR):
                m = _CLAUSE_ON_A_YEAR.search(norm, m.end(), until)
        return m.start() if m is not None and (named := self.dated_year(cue, cue_end)) is not None and named < self.report.meta.year else None

    def _on_the_year(self, lo: int, hi: int) -> bool:
        """Whether a clause between ``lo`` and ``hi`` opens on the year reported on (……，2025年，我局……)."""
        year = self.report.meta.year
        if year is None:
            return False
        norm = self.report.norm
        return any(m.group(1) is not None and year_value(m.group(1)) == year for m in _CLAUSE_ON_A_YEAR.finditer(norm, lo, hi))

    def dated_after(self, hit: Hit) -> str | None:
        """The date in brackets right after ``hit`` (its count between) when it is another year's than the report's
        (县长带头出庭应诉1次（2024年11月）): that year's act, not the report year's; else None."""
        norm = self.report.norm
        end = hit[1]
        if norm.find("（", end, end + _ACT_DATED_REACH) < 0 and norm.find("(", end, end + _ACT_DATED_REACH) < 0:
            return None
        year = self.report.meta.year
        dated = _ACT_DATED.match(norm, end) if year is not None else None
        return norm[dated.start(1) : dated.end() - 1] if dated is not None and year_value(dated.group(1)) != year else None

    def requirement(self, hit: Hit) -> str | None:
        """The requirement cue (要/必须/应当…) before ``hit`` in its sentence, inside it, or just
        after it in its sentence (主要负责人要……, 执法决定应当经过法制审核, 在政务公开方面，要……),
        or None: text written as a requirement or a work plan reports no practice.  A clause
        opening on a later year than the report's (2026年起，……) is such a cue too; so are the demand a match's clause
        closes on when the match names its topic (对各部门做好……主动公开……提出了明确要求: :data:`_DEMANDED`) and another
        year's date in brackets right after the match (:meth:`dated_after`)."""
        norm = self.report.norm
        start, end = hit
        if norm.find("要求", end, end + _DEMAND_REACH) >= 0:
            c_start, c_end = self.clause(hit)
            demand = _DEMANDED.search(norm, end, c_end)
            if demand is not None and _DEMAND_ON.search(norm, c_start, start) is not None:
                return demand.group()
        if dated := self.dated_after(hit):
            return dated
        starts, ends = self.requirement_spans()
        if not starts:
            return None
        k = bisect_left(starts, start)
        # a cue inside the match (执法决定应当经过法制审核), or one running into it (拟聘请 over 聘请律师) or out of it (将《……》
        # 列入2026年度……学习计划 over 列入2026年度……计划)
        i = k if k < len(starts) and starts[k] < end else k - 1 if k and ends[k - 1] > start else None
        if i is not None:
            cue = norm[starts[i] : ends[i]]
            return None if "年" not in cue and self._counted_later(hit) else cue
        j = bisect_left(starts, end)  # the first cue starting at or after the hit's end
        if j < len(starts) and starts[j] - end <= REQUIREMENT_AHEAD:
            # (not when the match's own clause reports a count first: 配备执法记录仪86台，要求……; nor a requirement passed
            # on after it, which asks others for more after what was done: ……带头讲授……专题党课，要求全局干部……做到…… — but
            # one after a topic the match names, 对行政复议、行政应诉工作，我局要求有关科室……要高度重视, asks it of them)
            if (
                _SENTENCE_END.isdisjoint(norm[end : starts[j]])
                and not REPORTED.search(norm, end, starts[j])
                and (not norm.startswith("要求", starts[j]) or _TOPIC_FRAME.search(norm, self.clause(hit)[0], start) is not None)
            ):
                cue = norm[starts[j] : ends[j]]
                # (an earlier year's date after the subject, then a clause opening on a year of its own: 局长曾于2024年……，
                # 2025年又主持……: the subject's acts of that clause count — a leader's title, the subject `near` rules look
                # from; not a thing named in the dated clause, ……专题学习已于2024年11月……组织完成，2025年中心组学习以……展开)
                if not _SUBJECT_TITLE.search(norm, start, end) or self.dated_reach(cue, ends[j], self.sentence(hit)[1]) is None:
                    return cue
        i = bisect_right(ends, start) - 1  # the last cue ending before the hit
        # (an earlier year's date reaches through its sentence, however long: 2023年，局长主持制定了……，并于当年12月……现场述法，
        # 述法情况在全区通报)
        if i >= 0 and (start - ends[i] <= REQUIREMENT_REACH or self.dated_earlier(starts[i], ends[i])):
            if _SENTENCE_END.isdisjoint(norm[ends[i] : start]):
                # 执法公示必须做到及时准确，全年公示执法信息63条: this clause reports; so does a later one of its
                # sentence (必须两人以上，使用执法记录仪……留痕，全年形成音视频资料1260条), also after a cue in the
                # match's own clause (合同必须经法律顾问审查，全年审查30余份)
                cue = norm[starts[i] : ends[i]]
                # (an earlier year's date reaches no clause opening on a year of its own: ……于2024年底……取得公职律师证书，
                # 2025年由他们牵头审查合同……)
                if self.dated_reach(cue, ends[i], start) is not None:
                    return None
                # (not after a cue that names a year, 拟于2026年……，聘请1至2家……; 力争年内……: its counts are planned)
                if "年" not in cue and self._counted_later(hit, cue_end=ends[i]):
                    return None
                # (nor past a clause opening on the year reported on, a new time: 要认真做好……工作，2025年，我局未发生……)
                if "年" not in cue and self._on_the_year(ends[i], start):
                    return None
                return cue
        return self._heading_requirement(start, end, starts, ends) or self._under_required_label(start, end, starts, ends)

    def _under_required_label(self, start: int, end: int, starts: list[int], ends: list[int]) -> str | None:
        """The requirement cue of an item's label written as a requirement (三是要依法化解矛盾。) over the text of the
        item ``start``…``end`` lies in, when the match's sentence reports nothing done (:data:`_DONE`): what the label
        asks for, said in full (……，依法做好行政复议和行政应诉工作，……), in the label's paragraph.  None otherwise."""
        items = self.report.enumeration_starts
        k = bisect_right(items, start) - 1
        if k < 0:
            return None
        if self.report.norm.find("\n", items[k], start) >= 0:
            return None  # (not past the label's paragraph)
        label_end = self._label_end(items[k], items[k] + 1)
        if label_end is None or label_end >= start:
            return None  # (nor the label itself)
        j = bisect_left(starts, items[k])  # the first cue at or after the item's marker, inside its label
        if j == len(starts) or starts[j] >= label_end:
            return None
        s_start, s_end = self.sentence(Hit(start, end))
        if _DONE.search(self.report.norm, s_start, s_end):
            return None
        return self.report.norm[starts[j] : ends[j]]

    def _counted_later(self, hit: Hit, cue_end: int | None = None) -> bool:
        """Whether a clause of ``hit``'s sentence after its own reports a count and sets no target
        (不少于, 确保…), nor names someone standing in before it (暂由……): a requirement's sentence that
        reports what was done (……必须先经法制科审核，……，全年审核19件).  With the requirement's cue ending (``cue_end``) before the match's clause,
        the match's own clause counts too."""
        norm = self.report.norm
        c_start, c_end = self.clause(hit)
        s_end = self.sentence(hit)[1]
        # (a threshold before the count, 罚款十万元以上的案件, sets no target)
        at = c_start if cue_end is not None and cue_end <= c_start else c_end
        count = REPORTED.search(norm, at, s_end)
        return count is not None and not TARGET.search(norm, at, s_end) and not _STAND_IN.search(norm, at, count.start())

    def enumeration_label_end(self, start: int, end: int) -> int | None:
        """Where the short sentence holding ``start``…``end`` ends, when it is an item's label
        inside a paragraph (三是推进政务公开。……): it opens with the item's marker (一是, 二是…) and
        is a single clause of at most ``_LABEL_REACH`` characters; else None."""
        report = self.report
        starts = report.enumeration_starts
        k = bisect_right(starts, start) - 1
        if k < 0:
            return None
        return self._label_end(starts[k], end)

    def _paragraph_label_end(self, start: int, end: int) -> int | None:
        """Where the short sentence holding ``start``…``end`` ends, when it opens its paragraph
        without a marker and reports nothing done, a label all the same (深化政务公开工作。持续深化
        ……): a single clause of at most ``_LABEL_REACH`` characters, no figure, 了, 已, 全年…; else None."""
        norm = self.report.norm
        at = norm.rfind("\n", 0, start) + 1
        while at < start and norm[at] in " \t\u3000":
            at += 1
        stop = self._label_end(at, end)
        return None if stop is None or _DONE.search(norm, at, stop) else stop

    def _label_end(self, at: int, end: int) -> int | None:
        """Where a label opening at ``at`` ends (its full stop), when it is a single clause of at
        most ``_LABEL_REACH`` characters that holds everything up to ``end``; else None."""
        norm = self.report.norm
        stop = norm.find("。", at, at + _LABEL_REACH)  # the label's end: after the match, or it is no label's
        if stop < end or any(c in _LABEL_BREAKS for c in norm[at:stop]):
            return None
        return stop

    def _in_negated_topic(self, hit: Hit, zero_ok: bool) -> str | None:
        """The cue negating the topic that ``hit``'s sentence opens on (执法全过程记录方面，……) where
        the sentence names it again (……，执法全过程记录尚未全面落实): what the sentence says on the
        way (目前仅有执法记录仪1台) is no practice either; else None."""
        start = hit.start
        norm = self.report.norm
        if norm.find("方面", max(0, start - _TOPIC_REACH), start) < 0:  # (one look rules out most hits)
            return None
        s_start, s_end = self.sentence(hit)
        topic = _SENTENCE_TOPIC.match(norm, s_start, start)
        if topic is None:
            return None
        return self._negated_again(topic.group(1), max(topic.end(), hit.end), s_end, zero_ok)

    def _negated_again(self, words: str, lo: int, hi: int, zero_ok: bool) -> str | None:
        """The cue negating ``words`` where they are named again between ``lo`` and ``hi``, or None."""
        again = self.report.norm.find(words, lo, hi)
        return None if again < 0 else self._negation(Hit(again, again + len(words)), zero_ok)

    def topic_end(self, start: int, end: int) -> int | None:
        """Where the text starts that a topic holding ``start``…``end`` introduces, when the
        match names one: right after it, ……方面， (执法全过程记录方面，执法人员……要做到……), or as
        the whole clause opened by 对于/关于/针对, after an item's marker if any (对于执法全过程记录和
        法制审核，街道要求……必须……; 四是关于……，……), or asking how (对……如何进行法制审核，……); else None."""
        norm = self.report.norm
        topic = _TOPIC.match(norm, end)
        if topic is not None:
            return topic.end()
        c_start, c_end = self.clause(Hit(start, end))
        while c_start < start and norm[c_start].isspace():
            c_start += 1
        lead = _TOPIC_LEAD.match(norm, c_start, start)
        if lead is not None:
            c_start = lead.end()
        if (norm.startswith(_TOPIC_OPENINGS, c_start) or norm.find(_QUESTION, c_start, c_end) >= 0) and c_end < len(norm) and norm[c_end] in "，,：:":
            return c_end + 1
        return None

    def topic_label_end(self, start: int, end: int) -> int | None:
        """Where the text starts that a paragraph's topic label holding ``start``…``end`` heads, when the match names one
        opening its paragraph and ending on its full stop (述法方面。……: the rest of the paragraph); else None."""
        norm = self.report.norm
        label = _TOPIC_LABEL.match(norm, end)
        if label is None or self._paragraph_label_end(start, end) != label.end() - 1:
            return None
        return label.end()

    def _past_label(self, at: int) -> int:
        """Where the text a label ending at ``at`` heads starts: past the full stop, colon and
        white space between them (``_LABEL_END``)."""
        norm = self.report.norm
        while at < len(norm) and norm[at] in _LABEL_END:
            at += 1
        return at

    def _heading_requirement(self, start: int, end: int, starts: list[int], ends: list[int]) -> str | None:
        """The requirement cue opening the text a heading's title introduces, when ``start``…``end``
        lies in that title: a label is what it heads (3.全过程记录。……要严格执行全过程记录制度，……
        reports no practice), unless that sentence (up to its full stop) reports figures.  An item's label inside a
        paragraph (三是推进政务公开。政府信息公开要……) or a paragraph's short opening sentence (推进信息公开。
        各学校要……) is read the same way, and so is a topic the match
        opens a sentence on (执法全过程记录方面，执法人员在……等环节要做到全程音像记录)."""
        norm = self.report.norm
        body = self.title_end(start, end)
        if body is None:
            # (a paragraph's short opening sentence too: 推进教育信息公开。各学校要……)
            body = self.enumeration_label_end(start, end) or self._paragraph_label_end(start, end)
            if body is not None and _item_says_done(norm, start, end):  # (an item saying it itself: no label)
                body = None
            if body is None:
                body = self.topic_end(start, end)
                if body is None:
                    return None
        body = self._past_label(body)
        j = bisect_left(starts, body)  # the first cue of the body
        if j == len(starts) or starts[j] - body > _LABEL_REACH:
            return None
        if not _SENTENCE_END.isdisjoint(norm[body : starts[j]]):
            return None
        m = _FULL_STOP_RX.search(norm, starts[j])  # (……要……；同时……，年内接受检查2次: that is practice)
        if REPORTED.search(norm, body, m.start() if m else len(norm)):
            return None
        return norm[starts[j] : ends[j]]

    # -- evidence ------------------------------------------------------------------
