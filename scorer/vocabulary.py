"""The words the parser reads a report's structure by: one place, overridable from the pack.

A rule pack's ``structure:`` section (see docs/structure.md) replaces any of these lists, so
a province can teach the scorer its own template headings without touching Python::

    structure:
      headings:
        next_year_plan: ['下一?步', '打算', '计划', '安排', '思路', '重点', '展望']
      chrome: ['^网站声明']

Every entry is a regular expression matched against the normalised (simplified, half-width)
text of one line.  :func:`compiled` turns a set of lists into the compiled form the parser
uses, once per distinct set.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex


def _not_after(word: str, before: tuple[str, ...], gap: tuple[str, ...] = (), reach: int = 0, filler: str = ".") -> str:
    """``word`` not right after any of ``before`` — nor up to ``reach`` characters (each one ``filler``) after any of ``gap``
    (补齐综合执法短板) — written to start with the word itself (a look-behind first is tried at every position of every line),
    each look-behind of a fixed width (the cues stay on the standard library's ``re``: see :func:`compile_fast`)."""
    return word + "".join(f"(?<!{b}{word})" for b in before) + "".join(
        f"(?<!{b}{filler}{{{k}}}{word})" for b in gap for k in range(1, reach + 1)
    )


# what a shortcoming is when it is acted on: 补齐短板, 瞄准短板持续发力, 锚定短板再发力, 对标差距 head
# measures or a plan
ACTED_ON = ("补", "补齐", "补强", "弥补", "补足", "瞄准", "聚焦", "针对", "围绕", "破解", "锚定", "对标", "缩小")
_REMEDIED = ("补齐", "补强", "弥补", "补足", "破解")  # ... with what it is named between (补齐综合执法短板: a plan's heading)

# Part kinds by heading wording, tried in this order (the first kind that matches wins).
HEADING_CUES: dict[str, tuple[str, ...]] = {
    # (not 依法履行……管理职责: the unit's functions, a thematic heading)
    "first_responsible": ("第一责任人", "主要负责人", "主要负责同志", "主要领导", "一把手", "(?<!依法)履行(?!.{0,12}管理职责).{0,12}职责"),
    # 补齐短板, 瞄准短板 and 突出工作重点 head measures or a plan: a cue that is the object of an action is no cue
    "shortcomings": (
        "不足", "存在.{0,4}问题", "问题和", "问题及", "问题与", _not_after("短板", ACTED_ON, _REMEDIED, 6), _not_after("弱项", (*ACTED_ON, "短板")), _not_after("差距", ACTED_ON), "薄弱",
        "(?:存在|面临|遇到)的?.{0,4}(?:困难|挑战)", "(?:面临|遇到)的?.{0,4}问题", "困难和(?:挑战|问题)", "(?:需要|有待)改进",
        "主要问题(?<![^\\s、.．)）]主要问题)",  # the heading's own words (二、主要问题), not an object (解决……主要问题)
        "问题清单(?<![^\\s、.．)）]问题清单)[：:]?$",  # (二、问题清单: the heading's own words, alone; not 落实问题清单整改)
        "不到位之处", "不到位的(?:地方|方面)",  # not 整改执法不到位问题
        "(?:还|仍|依然|仍然)(?:存在|有).{0,10}(?:问题|不足|短板)",  # a heading written as a sentence (工作中还存在一些不容忽视的问题; 工作中还有一些问题需要正视)
        "(?:需要|亟待|有待|尚待|仍需|亟需)解决的?.{0,4}问题",  # not 着力解决……问题
        "(?:需要|值得|应当|必须|不容)(?:引起)?(?:高度)?(?:正视|重视|警惕|忽视)的?.{0,4}(?:问题|不足|短板)",  # (三、几个需要正视的问题：; 需要引起重视的几个问题)
        "(?:问题|不足|短板|差距)(?:仍|还|尚|依然)?(?:需要?|值得|应当|必须|不容)(?:引起)?(?:高度)?(?:正视|重视|警惕|忽视)",  # (the other order: 五、几方面问题仍需正视)
        "(?<!其他)(?<!其它)(?<!另外)需要?说明的(?:几个|一些)?问题",  # (第三章 几个需要说明的问题 — not the other matters, 其他需要说明的问题)
        # (a heading that is the work's problems alone: 工作中的问题, 执法中的问题 — not what is done about them, 解决工作中的问题)
        "(?<![^\\s、.．)）])(?:法治(?:政府)?建设|依法行政|行政执法)?(?:工作|执法|履职|实践)中的(?:主要)?(?:问题|不足)(?=$|[：:。])",
        "(?<![^\\s、.．)）])(?:对照|从)[^，,。；;\n]{0,12}(?:反映|暴露|查摆|查找|发现)出?(?:来)?的.{0,4}问题",  # (三、对照年度考核反映出的问题 — the heading's own words, not 整改……发现的问题)
        "(?<!深挖)(?:原因|成因)(?:分析|剖析)", "(?:问题|不足|差距|短板)(?:产生|存在)的?(?:主要)?原因",  # 三、原因分析 (原因剖析) after 二、存在的问题: the causes are the shortcomings'
        # (三、问题成因, 不足的主要原因; not what is done about them: 深挖问题成因)
        "(?:问题|不足|差距|短板)(?<!(?:查找|深挖|剖析|分析|挖掘|查明|找准|查清|找出|研判)(?:问题|不足|差距|短板))的?(?:主要|深层次|深层)?(?:原因|成因)",
    ),
    "next_year_plan": (
        "下一?步", "下一?年度", "下一?阶段", "明年", "来年", "今后", "接下来", "打算", "计划", "安排", _not_after("思路", ("创新", "拓宽", "拓展", "开拓", "转变", "理清", "厘清", "开阔", "打开", "办案", "执法")) + "(?![和与及]?举措)",
        _not_after("工作重点", ("突出", "聚焦", "围绕", "抓住", "紧扣")), "工作要点", "努力方向", "工作目标", "展望",
        "(?:20\\d{2}|二[〇零○◯Oo].{2})年度?重点工作",  # (2025年重点工作: a year's key work, as 工作重点; not 统筹推进重点工作)
        "设想", "(?:工作|新一年|新年度)谋划", "后续工作", "新的?一年", "(?:工作|发力|前进)的?方向",
        "(?:几点|工作|初步|总体)考虑",  # (关于2026年工作的几点考虑)
        _not_after("着力点", ("作为",), ("作为",), 12, "[^，,。；;\\n]"),  # (not a measure's heading, 我们把……作为服务发展的重要着力点)
        *(_not_after(w, ("聚焦", "围绕", "完成", "落实", "抓好", "抓实")) for w in ("重点任务", "主要任务")),
        "(?:改进|整改)(?:措施|举措|方向|思路)",  # after the problems: what will be done about them
        "(?:面向|着眼)(?:20\\d{2}|二[〇零○◯Oo].{2})年", "将[^，,。；;\\n]{0,8}以下",  # (a lead-in line: 面向2026年，区政府将重点抓好以下几方面工作：)
        # (a year's line leading into items, no 将: 2026年重点抓好以下几项工作, 2026年，重点做好四方面工作： — not the work
        # done, 抓好了以下)
        "(?:20\\d{2}|二[〇零○◯Oo].{2})年度?[，,]?[^，,。；;\\n了]{0,4}(?:抓好|做好|着力|重点)[^，,。；;\\n了]{0,4}"
        "(?:以下|(?:[几两三四五六七八九十]|\\d)个?方面|(?:[几两三四五六七八九十]|\\d)项)",
        "(?:20\\d{2}|二[〇零○◯Oo].{2})年[^，,。；;\\n]{0,6}(?:这样干|怎么干|如何干|干什么)",  # (……，2026年我们这样干)
    ),
    "measures": (
        "举措", "措施", "成效", "开展情况", "完成情况", "基本情况", "主要工作", "工作情况", "主要做法", "取得",
        "落实情况", "推进情况", "工作回顾",
        "(?:过去|回顾)(?:的)?一年", "一年来", "[做抓干]了(?:以下|如下)",  # a lead-in looking back (过去一年，我局主要做了以下几方面工作：;
        "今年以来",  # 今年以来我们主要抓了以下几项工作：)
        "这一年[，,][^。；;\n]{0,12}(?:以下|如下)[^。；;\n]{0,8}[做抓干下花用出]了",  # (这一年，我们在以下几个方面下了功夫：)
        "[在从](?:以下|如下)[^。；;\n]{0,6}方面[下花用出]了(?:大|很大)?(?:功夫|力气|气力)",  # (县政府在以下几个方面下了功夫：)
    ),
    "other": ("其他", "其它", "意见建议", "有关建议", "附件", "需要说明的", "需说明的"),  # (二、需要说明的情况)
}  # fmt: skip

# the numerals of headings and enumerations (一、 （三） 第十二部分 五是 其二), up to 九十九
CN_NUMERALS = "一二三四五六七八九十"
# their digits (〇 also typed as a circle or a letter), and a numeral's value
CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "◯": 0, "O": 0, "o": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s: str) -> int | None:
    """Value of a Chinese numeral up to 99 (一, 十, 十二, 二十三)."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = CN_DIGITS.get(head, 0) if head else 1
        ones = CN_DIGITS.get(tail, 0) if tail else 0
        if (head and head not in CN_DIGITS) or (tail and tail not in CN_DIGITS):
            return None
        return tens * 10 + ones
    if len(s) == 1:
        return CN_DIGITS.get(s)
    return None


# After an item number's full stop, a year or a month the item opens with (1.2025年工作情况, 3.4月……:
# item 3, in April), which makes the number an item's although a digit follows (1.5 is a decimal)
ITEM_BEFORE_DATE = r"(?=20\d{2}\s*年|(?:1[0-2]|[1-9])\s*月)"

# Sentence punctuation: a line holding none is a heading or a name, not a sentence; and how long
# an unnumbered heading line over a paragraph (a topic: 党的领导, 依法履行管理职能) may be.
SENTENCE_PUNCT = re.compile(r"[。；;，,:：!！?？]")
TOPIC_LINE_MAX = 28
# A paragraph shown as a heading (set wholly in bold, a heading style; in plain text, a line set out of the indented
# paragraphs) that ends on 。 is emphasis — unless the document has at least this many such short sentences with no
# figure: its topics' headings written as sentences (坚持党的领导，法治建设责任压得更实。 / 学法用法氛围更加浓厚。 …)
STATED_HEADINGS_LEAST = 3
_FIGURE = re.compile(r"\d")


def stated_heading(text: str) -> bool:
    """Whether a paragraph shown as a heading is one written as a sentence: it ends on 。 and states no figure."""
    return text.endswith("。") and _FIGURE.search(text) is None

# A count of something done (全年公示执法信息63条, 审查案卷540宗, 1260余条, 办结率100%): what reports practice
# rather than a plan or a title (scorer.matching's requirement checks, scorer.document's titles).
REPORTED = re.compile(r"\d+(?:\.\d+)?\s*[万千]?[余多]?(?:条|件|次|份|人次|名|人|个|项|家|场|户|篇|期|卷|起|宗|台|套|万元|元|%|小时|学时)")
# ... and a count of none (全年本局未发生行政复议和行政诉讼案件): a fact reported, as a count is
REPORTED_NONE = re.compile(r"(?:未|没有|无)(?:发生|出现|收到|受理|接到)[^，,。；;\n]{0,20}?(?:案件|申请|纠纷)")
CN_YEAR_DIGITS = "〇零○◯Oo一二三四五六七八九"  # 二○二三, 二O二三: a circle or a letter typed for 〇
# a year of this century in digits or in Chinese numerals (2024年, 二〇二四年), the year as written in
# group 1 (see parse.dates.year_value): headings and openings name years both ways
YEAR_TEXT = rf"(?<!\d)(20\d{{2}}|二[〇零○◯Oo][{CN_YEAR_DIGITS}]{{2}})\s*年"

# The body naming itself before a year, after the problems named as a plan's reason (针对上述问题，我区2024年将……):
# the plan's opener (OPENERS) and parts.py's lead (_PROBLEMS_LEAD) take it alike
BODY_BEFORE_YEAR = r"(?:我|本)?(?:街道|办事处|局|委|镇|乡|区政府|县政府|市政府|区|县|市)"

# The titles of a body's principal leaders (县长, 局党组书记, 主要负责人…): who the leaders' part tells of
LEADER_TITLES = "书记|局长|主任|[县区市镇乡旗厅]长|主要负责人|负责同志|主要领导"

# Sentences that open a part without a heading, in the report's last part (a work summary's
# closing paragraph: ……但也存在一些不足：一是…… 下一步，我们将……; or, after the plan, 一年来，
# 局党组书记…… or 另外需要说明的是，……).  Looked for only when no heading names that part; each pattern is matched at
# the start of a sentence.
OPENERS: dict[str, tuple[str, ...]] = {
    "shortcomings": (r"[^。\n]{0,40}?(?:但|然而|同时)[也还仍]?(?:存在|有)着?(?:一些|一定|以下|不少|诸多)?的?(?:不足|问题|差距|短板)",
                     # (a lead line announcing the list: 对照上级要求，我乡……还存在一些差距和不足：一是……; ……我局工作仍有薄弱之处：;
                     # 当前，……还存在一些不容忽视的问题：)
                     r"[^。\n]{0,40}?(?:还|仍|也|依然|仍然)(?:存在|有)着?(?:一些|一定的?|以下|不少|诸多|如下|不小的?|较大的?|明显的?)?(?:[^，,。\n]{0,6}的)?(?:不足|问题|差距|距离|短板|薄弱环节|欠缺|(?:薄弱|不足|欠缺|不到位|不适应)(?:之处|的地方)"
                     # (or aspects said to need bettering: ……还有一些方面需要改进：一是……)
                     r"|(?:方面|地方|环节)(?:还?需要|有待|亟待|亟需)(?:进一步)?(?:改进|加强|提高|提升|完善|改善))"
                     # (its list after a colon, or after a full stop opening on 一是: 还有不少欠缺。一是……; the fields it shows in named first:
                     # 也存在一些不足，集中表现在基层调解和依法行政两个方面：一是……)
                     r"(?:[和与及、](?:不足|问题|差距|短板|薄弱环节))?[^。\n]{0,24}?(?:[：:]|。(?=\s{0,2}一是))",
                     # (the shortfall seen clearly: 在取得成绩的同时，我们也清醒看到，……与上级要求和群众期待还有不小距离。; after the
                     # year's praise: 一年来，……虽然取得了一定成绩，得到了……的肯定，但我们也清醒地看到存在一些不容忽视的问题：)
                     # (or to be seen too: 同时也要看到，我街道法治建设还存在一些短板。; or ways the work does not fit: 同时也要清醒地看到，
                     # ……还有一些不适应的地方：)
                     # (or leading with a colon into what was seen: ……，我们也清醒看到：县级……执法力量薄弱，……)
                     r"[^。\n]{0,48}?(?:清醒地?|[也还]要|同时要)(?:看到|认识到)(?:[：:]|[^。\n]{0,40}?(?:差距|距离|不足|问题|短板|薄弱环节|不(?:相)?适应(?:的地方|之处)))",
                     # (the work's own problems announced in a sentence of their own: 工作中也还存在一些不容忽视的问题。部分……)
                     # (or a field's work, its problems brought out: 执法工作中也暴露出一些值得重视的问题。)
                     r"(?:但|同时|然而|当然)?[，,]?(?:我们|我[局委办镇乡县区市]|本[局委镇乡单位]+)?(?:的)?(?:法治(?:政府)?建设|[\u4e00-\u9fff]{2,4}(?=工作中))?工作中?"
                     r"(?:也|还|仍|依然|仍然){1,2}(?:存在|有|暴露出?了?)着?(?:一些|一定的?|不少|诸多)?(?:[^，,。\n]{0,6}的)?(?:不足|问题|差距|短板|薄弱环节)。",
                     # (labelled, a colon after the label: 存在的不足：一是……; 主要问题：……; 存在的不足及原因：……)
                     # (or the label said as a sentence: 存在的不足是：……; 主要问题有：……; a comma after it, 存在的不足是，……)
                     # (after a short clause looking back: 回顾一年来的工作，存在的不足是：……)
                     # (the body named first: 对照县委、县政府的要求，我镇法治政府建设存在的不足是：……)
                     r"(?:[^，,。；;\n]{2,12}[，,])?(?:(?:我|本)[局委办镇乡县区市街][^，,。；;\n]{0,10}?)?(?:工作中)?(?:存在的|主要)(?:不足|问题|短板|差距)(?:[和与及、](?:不足|问题|短板|差距|困难|原因))?(?:主要)?(?:(?:是|有)?[：:]|(?:是|有)[，,])",
                     # (the shortfall said not to be overlooked: 回顾全年工作，成绩固然可喜，短板也不容忽视：一是……)
                     r"[^。\n]{0,40}?(?:不足|问题|差距|短板|薄弱环节)[也还]?(?:不容|不可|不能)(?:忽视|回避|小觑)[^。\n]{0,8}?[：:]"),
    # (展望2026年，我镇将……; 面向2026年，街道将……: looking ahead to it)
    # (or after the problems named as its reason: 针对上述问题，2026年我们将着力抓好以下工作。; 对此，2026年我局将重点抓好以下工作：;
    # 针对上述短板，2024年县政府将重点做好以下几件事：)
    "next_year_plan": (r"(?:下一步|下步|今后|明年|(?:在)?新的一年(?:里)?|新一年)[，,]",
                       # (the year named as what it is first: 2026年是“十五五”开局之年，我镇将重点抓好四件事：)
                       # (the body named before that year: 针对以上问题，我区2024年将重点抓好以下工作：)
                       r"(?:(?:(?:针对|围绕)(?:上述|以上|这些)(?:问题|不足|短板|差距)|对此|为此)[，,]\s*"
                       rf"(?:{BODY_BEFORE_YEAR})?" + YEAR_TEXT + r"[，,]?|(?:展望|面向|着眼)?" + YEAR_TEXT
                       + r"(?:是[^，,。；;\n]{1,14}?之年)?[，,])"
                       # (or what is meant for it: 二〇二四年，我们打算：; or, after the problems named as its reason, the year's few
                       # things to do: 针对上述问题，2024年我局重点抓好三件事：; 针对上述差距，2024年我局重点抓好……)
                       r"\s*(?:我|本|全|各)?[^，,。；;\n]{0,8}?(?:将|打算|计划|拟|(?<=(?:问题|不足|短板|差距)[，,]\s{0,2}(?:20\d{2}|二[〇零○◯Oo].{2})年[^，,。；;\n]{0,8}?)(?:重点|着力)(?:抓好|做好))"),
    # after the plan, a paragraph looking back on what the principal leaders did (its month named too: 2022年12月，局长在……述法)
    "first_responsible": (
        r"(?:一年来|过去一年|" + YEAR_TEXT + r"(?:\d{1,2}月份?)?(?:以来)?[，,])[^。\n]{0,20}(?:" + LEADER_TITLES + ")",
        # (or leading into it: 另外，关于局主要负责人履行推进法治建设第一责任人职责的情况，报告如下：)
        r"(?:另外|此外|最后|同时)?[，,]?关于[^。\n]{0,16}?(?:" + LEADER_TITLES + r")[^。\n]{0,24}?职责[^。\n]{0,8}?情况[，,]\s*(?:现)?(?:报告|汇报|说明)如下[：:]",
    ),
    # after the plan, the regulation's other matters (另外需要说明的是，…… / 此外，还需报告的情况是……) or a closing
    # paragraph (总之，……; 以上是……情况。……; 以上报告，请审阅。)
    # (or labelled as the regulation's part, its text after the colon: 其他需要说明的情况：……)
    "other": (r"(?:另外|此外|最后|另|其他|其它)?[，,]?(?:还|另)?(?:需要|需|要)(?:特别)?(?:说明|报告|指出|汇报)的(?:是|情况|一点|事项)",
              # (or a look back on more of the year's work, told as done: 另外，2023年，区政府在政务公开方面也做了大量工作：……)
              r"(?:另外|此外)[，,]\s*" + YEAR_TEXT + r"[，,][^。\n]{0,30}?(?:做了|开展了|完成了|取得了)",
              r"(?:总之|总而言之|综上所述)[，,]",
              # (the report's own closing: 以上是我街道2025年法治政府建设情况。……; 特此报告。)
              r"以上(?:是|为|即|就是)[^。\n]{0,40}?(?:情况|报告|总结)(?:的?汇报)?[。，,]", r"以上报告[，,。]", r"特此(?:报告|汇报)"),
}

# A heading with plan wording is the plan whatever year it names (a wrong year is
# year_consistency's miss) — unless it also says the work is done (2023年计划完成情况).
DONE_CUES: tuple[str, ...] = ("完成情况", "落实情况", "执行情况", "开展情况", "工作情况", "成效")

# The causes given for the problems just named (之所以出现这些问题; 出现上述问题的原因; 究其原因): a paragraph of the
# last part holding them, right before the plan or after the measures' last heading, is the shortcomings.
# (造成上述短板的原因; 以上问题的产生，一方面……: named after the problems)
CAUSES: tuple[str, ...] = (r"(?:之所以(?:出现|存在|产生)|(?:出现|存在|产生|造成)|分析)(?:上述|以上|这些)(?:问题|不足|短板|差距)(?:的(?:主要)?原因)?", "究其原因",
                           r"(?:上述|以上|这些)(?:问题|不足|短板|差距)的?(?:产生|出现|存在|形成)[，,]")

# Lines that belong to the web page a report was copied from, not to the report: site name
# bars, breadcrumbs, publishing metadata, font-size and share buttons, footers.  They are
# blanked before anything else reads the text.
CHROME: tuple[str, ...] = (
    r"无障碍\s*[|｜]|[|｜]\s*繁体|简体\s*[|｜]|长者版|关怀版",
    r"^(?:当前位置|您的位置|您当前的位置|所在位置)?\s*[:：]?\s*首页\s*[>＞»›/→]",
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$",  # a bare publishing time (a date alone may sign)
    # (a publishing label opening the line or after a space or 【: 来源：某县司法局    发布时间：……; not a source noted in a
    # sentence of the report, ……共受理行政复议案件86件（数据来源：县司法局年度通报）)
    r"^\s*(?:[^。；;！!？?\n]{0,60}?[\s【\[])?(?:来源|发布时间|发布日期|发布机构|浏览次数|访问次数|点击数|阅读次数|信息来源)\s*[:：]",
    r"字体\s*[:：]?\s*[【\[]?\s*大\s*中\s*小",
    r"^(?:\s*[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|返回顶部)\s*[】\]]?)+(?:\s*分享到\s*[:：]?.*)?$",  # (the share buttons may follow)
    r"^分享到\s*[:：]?",
    r"网站标识码|ICP备|公网安备|版权所有|^(?:主办单位|主办|承办单位|承办|技术支持)\s*[:：]",
    r"联系我们\s*[|｜]|网站地图\s*[|｜]|使用帮助$",
    r"^(?=[^\n]*首页)(?:[^|｜\n]{1,16}[|｜]){3,}[^|｜\n]{0,16}$",  # a bar of short links with the home page's (某区人民政府 | 首页 | 政务公开 | ……; not a table's row)
    r"^今天是",
    r"^(?:扫一扫|微信|微博|QQ空间)(?:\s+(?:微信|微博|QQ空间))*\s*$",
    r"^扫一扫\s*[，,]?\s*在?手机(?:上)?(?:打开|查看|浏览|阅读)(?:当前|本)?(?:页|页面|网页|文章)?\s*$",  # (扫一扫在手机打开当前页)
    r"^索引号\s*[:：]",
    r"^(?:上一篇|下一篇|上一条|下一条)\s*[:：]",  # the neighbouring articles' links (上一篇：……年度报告)
)

# Page numbers of a text copied from a printed or PDF page (— 4 —, - 4 -, 第4页 共9页, 4/9): a
# line that is nothing else, anywhere in the text, is blanked like chrome.
PAGE_NUMBERS: tuple[str, ...] = (
    r"^[-—–－~～]+\s*\d{1,3}\s*[-—–－~～]+$",
    r"^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$",
    r"^\d{1,3}\s*/\s*\d{1,3}$",
)

# After one of these lines the rest of the page is chrome (related links, footer).
CHROME_TAIL: tuple[str, ...] = (r"^[【\[〔]?(?:相关链接|相关文章|相关阅读|相关文件|相关新闻|相关信息|相关内容|相关推荐|延伸阅读|推荐阅读|附件下载)[】\]〕]?\s*(?:[:：]|$)",)  # (【相关链接】 too; the links may follow on the line)

# Lines of the signature block besides the unit and the date: publication notes and
# distribution lines.
SIGNATURE_NOTES: tuple[str, ...] = (
    r"^[（(][^（(）)]{1,40}[)）]$",  # （此件公开发布） （联系人：张三，电话：…）
    r"^(?:抄送|抄报|主送|分送|报送|印发)\s*[:：]",
    r"^附件\s*\d?\s*[:：]",
    r"^(?:联系人|联系电话|联系方式|联系单位|联系部门|联系科室|电话|传真|邮箱|电子邮箱)\s*[:：]",  # (联系人：乡司法所　李某某 / 联系电话：… / 联系单位：……办, under the date)
)

# A caption of a table or figure is never a heading.
CAPTIONS: tuple[str, ...] = (r"^(?:附?表|图)\s*\d{1,2}(?![\d年])",)


@dataclass(frozen=True)
class Compiled:
    heading_cues: tuple[tuple[str, regex.Pattern], ...]
    openers: tuple[tuple[str, regex.Pattern], ...]
    done: regex.Pattern
    causes: regex.Pattern
    chrome: regex.Pattern
    chrome_tail: regex.Pattern
    signature_notes: regex.Pattern
    captions: regex.Pattern
    page_numbers: regex.Pattern


def compile_fast(source: str, multiline: bool = False):
    """``source`` compiled by the standard library's ``re`` when it can (a search costs
    several times less there, and these patterns run on most lines or over whole parts),
    else by ``regex``, which patterns are written for (\\p{Han}, variable-width
    look-behind…)."""
    try:
        return re.compile(source, re.M if multiline else 0)
    except re.error:
        return regex.compile(source, regex.M | regex.V0 if multiline else regex.V0)


def _any(patterns):
    """One pattern for a list of them."""
    return compile_fast("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


@functools.lru_cache(maxsize=32)
def _compile(heading_cues, openers, done, causes, chrome, chrome_tail, signature_notes, captions, page_numbers) -> Compiled:
    return Compiled(
        tuple((kind, _any(cues)) for kind, cues in heading_cues),
        tuple((kind, _any(cues)) for kind, cues in openers),
        _any(done),
        _any(causes),
        _any(chrome),
        _any(chrome_tail),
        _any(signature_notes),
        _any(captions),
        _any(page_numbers),
    )


_LISTS = {"done": DONE_CUES, "causes": CAUSES, "chrome": CHROME, "chrome_tail": CHROME_TAIL,
          "signature_notes": SIGNATURE_NOTES, "captions": CAPTIONS, "page_numbers": PAGE_NUMBERS}  # fmt: skip


def compiled(structure=None) -> Compiled:
    """The compiled vocabulary of a pack's ``structure`` section (None: the defaults)."""
    if structure is None or (
        not getattr(structure, "headings", None)
        and not getattr(structure, "openers", None)
        and all(getattr(structure, k, None) is None for k in _LISTS)
    ):
        return _default()  # the usual case, once per report: no tuples to build and hash
    return _build(structure)


@functools.lru_cache(maxsize=1)
def _default() -> Compiled:
    return _build(None)


def _build(structure) -> Compiled:
    headings = dict(HEADING_CUES)
    for kind, cues in (getattr(structure, "headings", None) or {}).items():
        headings[kind] = tuple(cues)
    lists = {}
    for key, default in _LISTS.items():
        value = getattr(structure, key, None)
        lists[key] = tuple(default if value is None else value)  # [] replaces with nothing
    order = [k for k in HEADING_CUES if k in headings] + [k for k in headings if k not in HEADING_CUES]
    openers = dict(OPENERS)
    for kind, cues in (getattr(structure, "openers", None) or {}).items():
        openers[kind] = tuple(cues)
    return _compile(
        tuple((k, tuple(headings[k])) for k in order), tuple((k, tuple(v)) for k, v in openers.items()), *lists.values()
    )
