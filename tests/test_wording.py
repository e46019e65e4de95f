"""Wording that decides a verdict on unseen reports (issue 10, the red team's wording causes).

Each cause has its own small invented texts, run through the bundled pack's real
rules: the wording that must count and the look-alike that must not.
"""

from __future__ import annotations

import pytest

from .conftest import doc
from .test_traps import status

MEASURES = "一、2023年主要举措和成效"


def measures(sentence: str, title: str = "某局2023年度法治政府建设情况报告") -> str:
    return doc(MEASURES, sentence, title=title)


# --- 1. first_responsible_person: who the principal leader is -----------------------------
@pytest.mark.parametrize(
    "title, sentence",
    [
        ("某乡人民政府2023年度法治政府建设情况报告", "乡长主持召开乡政府常务会议3次，研究部署法治建设。"),
        ("某镇人民政府2023年度法治政府建设情况报告", "镇长带头讲授宪法课程，年终述法。"),
        ("某县人民政府2023年度法治政府建设情况报告", "县委书记主持召开全面依法治县委员会会议2次。"),
        ("某市卫生健康委员会2023年度法治政府建设情况报告", "委主任主持召开委务会议6次，专题研究法治工作。"),
        ("某省自然资源厅2023年度法治政府建设情况报告", "厅长主持召开厅党组会议，听取法治建设情况汇报。"),
    ],
)
def test_principal_leader_titles_count(pack, title, sentence):
    assert status(pack, "first_responsible_person", measures(sentence, title)) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "依托市长热线组织办理群众诉求2000件，研究解决共性问题。",  # a hotline, not the mayor
        "组织各科室主要负责人参加法治培训2次。",  # subordinates' leaders are objects
        "组织15个村（社区）主要负责人开展年终述法。",
        "督促下属单位主要负责人年终述法。",
        "在市委、市政府主要领导的高度重视下，我局研究制定工作方案。",  # the superior's leaders
        "局党组专题研究党政主要负责人履行推进法治建设第一责任人职责规定。",  # a title cited without 《》
        "建立城市长效管理机制，研究部署市容整治。",  # 市长 inside 城市长效
    ],
)
def test_other_leaders_and_look_alikes_do_not_count(pack, sentence):
    assert status(pack, "first_responsible_person", measures(sentence)) == "fail"


def test_the_leaders_window_ends_with_the_item(pack):
    formula = "1.县长认真履行推进法治建设第一责任人职责，始终把法治建设摆在突出位置。"
    # the next item's action is not the leader's, though it is within reach
    other = "2.落实述法制度。年底组织各部门主要负责人现场述法。"
    assert status(pack, "first_responsible_person", doc(MEASURES, "（一）加强组织领导", formula, other)) == "fail"
    # the same action in the leader's own item counts
    own = formula.replace("。", "，年底带头述法。")
    assert status(pack, "first_responsible_person", doc(MEASURES, "（一）加强组织领导", own, other)) == "pass"
    # a leader named over items of his own: the items below count
    parent = "（一）县长履行第一责任人职责情况"
    assert status(pack, "first_responsible_person", doc(MEASURES, parent, "1.主持召开常务会议4次，研究法治工作。")) == "pass"


# --- 2. requirement wording ------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "对照实施纲要，聘请法律顾问2名，审查合同30份。",  # 纲要: 要 inside a longer word
        "建立机要文件管理制度，聘请法律顾问2名。",  # 机要
        "对照《法治机关必须遵循的工作规则》，聘请法律顾问2名。",  # a cue inside 《…》
    ],
)
def test_cues_inside_words_or_citations_are_not_requirements(pack, sentence):
    assert status(pack, "legal_adviser", measures(sentence)) == "pass"


def test_requirement_after_the_match_in_its_sentence(pack):
    assert status(pack, "open_government", measures("在政务公开方面，要做到应公开尽公开。")) == "fail"
    assert status(pack, "open_government", measures("在政务公开方面，主动公开政府信息120条。")) == "pass"
    # a requirement in the next sentence says nothing of this one
    assert status(pack, "open_government", measures("主动公开政府信息120条。要进一步规范流程。")) == "pass"



def test_what_the_bodys_own_rules_lay_down_is_no_requirement(pack):
    # 出台《……办法》，明确……，必须经法制审核: the rule made is reported; its 必须 is the rule's content
    rules = "公示执法信息86条；执法全程佩戴记录仪。出台《重大执法决定法制审核办法》，明确较大数额罚款等决定，必须经法制审核后方可作出。"
    assert status(pack, "enforcement_three_systems", measures(rules)) == "pass"
    # another body's rules passed on stay a requirement
    passed_on = "公示执法信息86条；执法全程佩戴记录仪。县政府印发《重大执法决定法制审核办法》，明确较大数额罚款等决定，必须经法制审核后方可作出。"
    assert status(pack, "enforcement_three_systems", measures(passed_on)) == "partial"


def test_a_later_clause_of_the_year_not_done_voids_its_subject(pack):
    # ……述法工作因……调整，2023年度未开展: the year's own clause says the subject was not done
    assert status(pack, "shufa", measures("局主要负责人述法工作因区里统一安排调整，2023年度未开展。")) == "fail"
    assert status(pack, "shufa", measures("局主要负责人述法工作按区里统一安排，在全区述法评议会上进行。")) == "pass"


def test_a_label_heading_a_requirement_reports_no_practice(pack):
    # the label names the mechanism; what it heads says it is to be done
    def text(label: str, body: str) -> str:
        return doc(MEASURES, "1.执法公示。全年公示行政处罚决定11件。", "2.法制审核。审核重大执法决定8件。", label + body)

    required = "执法人员要严格执行执法全过程记录制度，现场检查必须全程录音录像。"
    assert status(pack, "enforcement_three_systems", text("3.全过程记录。", required)) != "pass"
    assert status(pack, "enforcement_three_systems", text("3.音像记录。", required)) != "pass"
    # the same label over practice, over practice with a count, and with the requirement
    # sentence later in its paragraph
    assert status(pack, "enforcement_three_systems", text("3.全过程记录。", "执法人员现场检查全程录音录像。")) == "pass"
    assert status(pack, "enforcement_three_systems", text("3.全过程记录。", "要求执法人员全程录音录像，全年记录42次。")) == "pass"
    assert status(pack, "enforcement_three_systems", text("3.全过程记录。", "现场检查全程录音录像。今后要配齐记录仪。")) == "pass"



def test_an_items_label_inside_a_paragraph_is_what_it_labels(pack):
    def text(item: str) -> str:
        return doc(MEASURES, "一是强化学法，全年学法6次。" + item)

    assert status(pack, "open_government", text("二是深化政务公开。政府信息公开必须及时准确，要严格落实保密审查。")) == "fail"
    assert status(pack, "open_government", text("二是深化政务公开。全年主动公开政府信息210条。")) == "pass"
    # a requirement whose sentence goes on to report a count
    assert status(pack, "open_government", text("二是深化政务公开。各股室要及时报送信息；全年主动公开政府信息210条。")) == "pass"
    # a label of more than one clause is a sentence of its own
    assert status(pack, "open_government", text("二是深化政务公开，主动公开政府信息。各股室要及时报送。")) == "pass"


def test_requirement_inside_the_match(pack):
    # the requirement word sits between the pattern's two ends: 执法决定……应当……法制审核
    required = "执法信息在网站公示，执法记录仪全程记录；重大执法决定在作出前应当经过法制审核，审核人员由法规股指定。"
    done = "执法信息在网站公示，执法记录仪全程记录；重大执法决定在作出前全部经过法制审核，全年审核12件。"
    assert status(pack, "enforcement_three_systems", measures(required)) != "pass"
    assert status(pack, "enforcement_three_systems", measures(done)) == "pass"


_OTHERS = "执法信息在网站公示45条；重大执法决定经法制审核12件。"  # the other two systems, practised


@pytest.mark.parametrize(
    "before, required, done",
    [
        # 执法全过程记录方面，……: the sentence after the topic says what it is, here a requirement
        (_OTHERS + "执法全过程记录方面，", "执法人员在现场检查、调查取证、送达文书等环节要做到全程留痕。", "执法人员在现场检查、调查取证、送达文书等环节全程留痕。"),
        # a clause opened by 对于 names a topic as ……方面， does (both systems it names: only 公示 is practised)
        ("执法信息在网站公示45条。对于执法全过程记录和重大执法决定法制审核，", "街道要求执法队严格落实，必须做到全程留痕、应审必审。", "街道执法队全年全程留痕，审核重大执法决定12件。"),
        # … after an item's marker too
        ("执法信息在网站公示45条。重大执法决定经法制审核12件。三是关于执法全过程记录，", "各执法中队在调查取证等环节应当全程录音录像。", "各执法中队在调查取证等环节全程录音录像。"),
    ],
)
def test_a_topic_the_match_opens_a_sentence_on_is_a_label(pack, before, required, done):
    assert status(pack, "enforcement_three_systems", measures(before + required)) == "partial"
    assert status(pack, "enforcement_three_systems", measures(before + done)) == "pass"


def test_a_topic_s_sentence_with_figures_reports_practice(pack):
    # with figures, the sentence reports practice however it is worded
    counted = _OTHERS + "执法全过程记录方面，执法人员在现场检查等环节要做到全程留痕，全年归档音像资料320份。"
    assert status(pack, "enforcement_three_systems", measures(counted)) == "pass"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("下一步，我局将进一步完善法律顾问制度，发挥法律顾问作用。", "fail"),  # a plan written among the measures
        ("今后将继续聘请法律顾问参与重大决策。", "fail"),
        ("在今后的工作中，我局将充分发挥法律顾问作用。", "fail"),
        ("聘请法律顾问2名，为今后依法决策提供保障。", "pass"),  # 今后 not opening its clause
        ("聘请法律顾问2名，审查合同30份，为下一步工作打下基础。", "pass"),
        ("聘请法律顾问2名，审查合同30份。下一步将继续完善。", "pass"),  # the plan is another sentence
        ("我局将继续聘请法律顾问参与重大决策。", "fail"),  # 将继续: what is to come
        ("将法律顾问审查意见纳入决策程序，审查合同30份。", "pass"),  # 将 as a preposition
        ("力争年内聘请常年法律顾问。", "fail"),
        ("拟于明年聘请法律顾问1名。", "fail"),
        ("拟于年底前聘请常年法律顾问1名。", "fail"),  # still to come when the report was written
        ("局常年法律顾问人选已初步确定，2024年一季度内完成签约。", "fail"),  # engaged only in a later year
        ("局常年法律顾问于2023年3月完成签约，全年审查合同30份。", "pass"),
        # the year to come named as such (下一年度，……; 在新的一年里，……)
        ("下一年度，我局计划通过公开招标聘请常年法律顾问。", "fail"),
        ("在新的一年里，局机关聘请常年法律顾问参与重大决策。", "fail"),
        ("聘请法律顾问2名，审查下一年度合同样本30份。", "pass"),  # not opening its clause
        # a later year, or 明年, right before 将/拟 opening the clause (……，2024年将……聘请)
        ("目前尚未聘请常年法律顾问，2024年将通过公开招标聘请常年法律顾问。", "fail"),
        ("合同由办公室审核，明年拟聘请常年法律顾问。", "fail"),
        ("2023年将法律顾问意见纳入决策程序，审查合同30份。", "pass"),  # the year reported on, 将 a preposition
        # a matter put into a later year's budget is planned (……费用列入2024年部门预算)
        ("局务会研究将法律顾问费用列入2024年部门预算。", "fail"),
        ("将法律顾问费用列入2023年部门预算，全年审查合同30份。", "pass"),
        # ... and so is one put into a later year's assessment (……纳入2024年局领导班子考核的内容)
        ("我局已将法律顾问履职纳入2024年局领导班子考核的内容，届时由法律顾问审查合同。", "fail"),
        # a clause opening on a year after the report's (2023) tells what is to come
        ("2024年起，我局将聘请常年法律顾问。", "fail"),
        ("二〇二四年，局机关将聘请常年法律顾问。", "fail"),
        ("明年起，我局将聘请常年法律顾问。", "fail"),
        ("2023年起，我局聘请常年法律顾问，审查合同30份。", "pass"),  # the year reported on
        ("2022年起，我局聘请常年法律顾问，审查合同30份。", "pass"),
        ("对拟签订的合同，均由法律顾问审查，全年审查30份。", "pass"),  # 拟 naming what was reviewed
        # a requirement's later clause that reports a count reports practice; one that sets a target does not
        ("各科室要规范合同管理，全年由法律顾问审查合同30份。", "pass"),
        ("各科室要规范合同管理，全年由法律顾问审查合同不少于30份。", "fail"),
        ("各科室要规范合同管理，由法律顾问审查合同。", "fail"),
        # a later clause of the requirement's sentence that reports a count (30余份) reports practice too
        ("各科室必须规范合同管理，由法律顾问审查合同，全年审查30余份。", "pass"),
        ("各科室必须规范合同管理，由法律顾问审查合同，审查率达到100%。", "fail"),  # a target
        ("合同必须经法律顾问审查，全年审查合同30余份。", "pass"),  # the cue in the match's clause, the count later
        ("合同必须经法律顾问审查，审查合同。", "fail"),
        ("标的十万元以上的合同必须经法律顾问审查，全年审查12件。", "pass"),  # a threshold is no target
    ],
)
def test_a_plan_opening_a_clause_among_the_measures_reports_nothing_done(pack, sentence, expected):
    assert status(pack, "legal_adviser", measures(sentence)) == expected


@pytest.mark.parametrize(
    "rule, sentence, expected",
    [
        # a work plan's sentence: every clause opens on stock wording, a plan word, nothing done
        ("legal_adviser", "进一步发挥法律顾问在合同审查中的把关作用，持续推动法律顾问参与决策。", "fail"),
        ("legal_adviser", "局党组持续重视法律顾问工作，不断规范合同审查流程。", "fail"),  # a subject first
        ("open_government", "持续深化政务公开，不断丰富公开载体，进一步提升公开质量。", "fail"),
        ("administrative_reconsideration", "依法做好行政复议答复工作，不断提升化解争议的能力。", "fail"),
        ("open_government", "持续深化政务公开，不断拓宽公开渠道，创新公开形式。", "fail"),  # generic verbs too
        ("open_government", "不断深化政务公开，推进结果公开，保障群众知情权和监督权。", "fail"),  # and what it is for
        ("open_government", "持续深化政务公开，不断拓宽公开渠道，开通政务微信公众号。", "pass"),  # one thing done
        # the same opening with something done, a figure or 已/了, reports practice
        ("legal_adviser", "进一步发挥法律顾问作用，全年审查合同26份。", "pass"),
        ("legal_adviser", "持续发挥法律顾问作用，聘请律师事务所担任常年法律顾问。", "pass"),  # a clause says what was done
        ("open_government", "持续深化政务公开，主动公开政府信息180条。", "pass"),
        ("open_government", "持续深化政务公开，已建成政府信息公开专栏。", "pass"),
        # stock wording without a plan word (全面落实……制度) is how many reports state practice
        ("open_government", "全面落实政府信息公开制度，严格执行公开审查程序。", "pass"),
        # a result, not a plan: nothing follows the stock word
        ("open_government", "持续深化政务公开，公开质量不断提高。", "pass"),
        # 积极探索 and 努力实现 are a plan's words; 案结事了 and 努力实现 report nothing done
        ("administrative_reconsideration", "积极探索行政复议调解机制，努力实现案结事了。", "fail"),
        ("administrative_reconsideration", "积极探索行政复议调解机制，全年调解结案5件。", "pass"),
        # the rule to follow is a plan's clause too (按照……的原则)
        ("open_government", "进一步深化政务公开，按照“公开为常态”的原则，及时公开审批和收费信息。", "fail"),
        ("open_government", "进一步深化政务公开，按照“公开为常态”的原则，全年公开审批和收费信息86条。", "pass"),
        # a pledge is a plan's clause too (坚决杜绝……)
        ("enforcement_three_systems", "全面推行执法公示、执法全过程记录、重大执法决定法制审核制度，进一步规范执法程序，坚决杜绝选择性执法。", "fail"),
        # a count after a cue that names a year is planned, not done (拟于2024年……，聘请1至2家……)
        ("legal_adviser", "本局拟于2024年提请局务会研究后，聘请1至2家律师事务所担任常年法律顾问。", "fail"),
        ("legal_adviser", "合同必须经法律顾问审查，全年审查合同30余份。", "pass"),
        # a later clause of a work plan's sentence may be a requirement (……，对发现的问题要及时督促整改), or what the
        # work is to bring about (引导……, 营造……)
        ("enforcement_supervision", "进一步完善行政执法监督机制，加强日常监督和专项监督，对发现的问题要及时督促整改。", "fail"),
        ("enforcement_supervision", "进一步完善行政执法监督机制，加强日常监督和专项监督，全年督促整改问题17个。", "pass"),
        ("dispute_resolution", "持续推进信访工作法治化，引导群众依法表达诉求，努力把矛盾化解在基层。", "fail"),
        # ... or what it is for (为……贡献力量); and 获得感 is no 获得: the aim, not a thing obtained
        ("business_environment", "持续深化“放管服”改革，不断优化审批服务，为县域经济发展贡献力量。", "fail"),
        ("dispute_resolution", "持续完善人民调解机制，不断提升群众的获得感和安全感。", "fail"),
        ("business_environment", "持续深化“放管服”改革，获得省级营商环境示范单位称号。", "pass"),
        # ... or what is to be made of it (把……作为……) and what is to be introduced (推行……)
        ("major_decision_procedure", "严格落实决策程序规定，把公众参与、专家论证、风险评估、合法性审查、集体讨论决定作为法定程序。要加强决策后评估。", "fail"),
        ("major_decision_procedure", "严格落实决策程序规定，把公众参与、专家论证、风险评估、合法性审查、集体讨论决定作为法定程序，全年作出重大决策3项。", "pass"),
        ("digital_government", "持续推进审批服务便利化，推行“一网通办”，不断提高网上可办率。", "fail"),
        # (a channel kept open: 畅通……渠道)
        ("administrative_reconsideration", "认真贯彻新修订的行政复议法，畅通行政复议申请渠道，不断提高办案质量和效率。", "fail"),
        ("administrative_reconsideration", "认真贯彻新修订的行政复议法，畅通行政复议申请渠道，全年办理行政复议案件5件。", "pass"),
        # ... or what it is to bring about (让……)
        ("open_government", "进一步加大政务公开力度，及时回应群众关切，让权力在阳光下运行。", "fail"),
        # stock wording alone in a paragraph that reports nothing done, beside a sentence opening on a plan word
        ("enforcement_three_systems", "全面落实执法公示、执法全过程记录、重大执法决定法制审核制度，做到规范公正文明执法。持续开展专项整治，严厉打击违法行为。", "fail"),
        ("enforcement_three_systems", "全面落实执法公示、执法全过程记录、重大执法决定法制审核制度，做到规范公正文明执法。持续开展专项整治，查处违法案件26件。", "pass"),
        # (not beside a plan word inside a sentence: 局党组……，充分发挥……)
        ("enforcement_three_systems", "全面落实执法公示、执法全过程记录、重大执法决定法制审核制度，做到规范公正文明执法。局党组高度重视执法工作，充分发挥法制机构作用。", "pass"),
        # ... or the aim it is to reach (做到……)
        ("open_government", "坚持依法依规公开，深化政务公开，做到公开透明。要主动接受社会监督。", "fail"),
        ("open_government", "坚持依法依规公开，深化政务公开，做到公开透明。全年主动公开信息215条。", "pass"),
        ("discretion_benchmark", "进一步规范执法裁量权，不断细化裁量基准，做到同案同罚。", "fail"),
        ("discretion_benchmark", "进一步规范执法裁量权，修订裁量基准，做到同案同罚。", "pass"),
        # stock wording alone beside a requirement of its paragraph is the same plan (before it or after it)
        ("administrative_reconsideration", "认真做好行政复议答复工作，严格执行复议决定。同时，要加强案件研判，提高应诉能力。", "fail"),
        ("open_government", "要把政务公开作为重要工作。严格落实政府信息公开制度，及时更新公开专栏。", "fail"),
        # ... or anywhere in a paragraph that reports nothing done, also after a topic (对……问题，要……)
        ("administrative_reconsideration", "依法做好行政复议答复工作，积极支持法院审理行政案件。畅通群众诉求表达渠道。对群众反映强烈的问题，要做到件件有回应。", "fail"),
        ("administrative_reconsideration", "依法做好行政复议答复工作，积极支持法院审理行政案件。全年办理复议答复6件。对群众反映强烈的问题，要做到件件有回应。", "pass"),
        # ... not beside a sentence that reports, nor across a paragraph
        ("administrative_reconsideration", "认真做好行政复议答复工作，严格执行复议决定。全年办理复议答复6件。", "pass"),
        ("open_government", "严格落实政府信息公开制度，及时更新公开专栏。\n要进一步提高公开质量。", "pass"),
    ],
)
def test_a_work_plans_sentence_reports_no_practice(pack, rule, sentence, expected):
    assert status(pack, rule, measures(sentence)) == expected


def test_a_heading_worded_as_a_plan_is_judged_by_what_it_heads(pack):
    text = doc(MEASURES, "（五）深化放管服改革，持续优化营商环境", "全年办理审批事项120件，办结率100%。")
    assert status(pack, "business_environment", text) == "pass"
    # a work plan's sentences under it, nothing done in their paragraph: the heading names a plan's topic
    planned = doc(MEASURES, "（五）深化放管服改革，持续优化营商环境", "进一步精简审批环节，推动审批服务提速。持续推进证照办理便利化，不断提升服务水平。")
    assert status(pack, "business_environment", planned) == "fail"
    one_line = measures("（五）持续优化营商环境。进一步精简审批环节，不断提升服务水平。")
    assert status(pack, "business_environment", one_line) == "fail"
    done = measures("（五）持续优化营商环境。进一步精简审批环节，全年压减审批时限30%。")
    assert status(pack, "business_environment", done) == "pass"


def test_a_work_plans_sentence_is_explained_as_such(pack):
    from scorer.engine import score_text

    text = measures("持续深化政务公开，不断丰富公开载体，进一步提升公开质量。")
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "open_government"]
    assert any("写成工作打算（「持续」……）" in note for note in item.explanation), item.explanation


def test_a_heading_said_again_in_a_work_plans_sentence_is_explained_as_a_plan(pack):
    """Its topic said again in a plan's sentence under it voids the heading; the reason is the plan's
    stock opening, not a negation."""
    from scorer.engine import score_text

    text = doc(MEASURES, "（三）依法预防化解矛盾纠纷", "我局坚持新时代枫桥经验，不断完善矛盾纠纷多元预防化解机制。")
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "dispute_resolution"]
    notes = [n for n in item.explanation if "（三）依法预防化解矛盾纠纷" in n or "依法预防化解矛盾纠纷」" in n]
    assert notes and all("写成工作打算（「我局坚持」……）" in n for n in notes), item.explanation
    assert not any("被否定" in n for n in item.explanation), item.explanation


@pytest.mark.parametrize(
    "sentence, says",
    [
        # the leader's formula, then a deputy acting: the reason names the other actor, not a missing verb
        ("局长认真履行第一责任人职责。分管副局长全年主持召开法治工作会议3次。", "其后的「主持、召开」属于另一主体（「分管副局长全年主持召开"),
        # the formula's own 亲自 and 部署: there, but not a use that counts
        ("局长认真履行第一责任人职责，做到重要工作亲自部署、重大问题亲自过问。", "45字内的「亲自」在「亲自部署」中，是规则排除的搭配"),
        ("局长认真履行第一责任人职责，始终把法治建设放在突出位置。", "45字内没有符合要求的主持、听取"),
        # a word inside another found one is named once (组织 inside 组织学习)
        ("局长认真履行第一责任人职责。局党组组织学习了民法典。", "其后的「组织学习」属于另一主体"),
    ],
)
def test_why_a_leader_without_an_action_is_discarded(pack, sentence, says):
    from scorer.engine import score_text

    (item,) = [i for i in score_text(measures(sentence), pack, explain=True).items if i.id == "first_responsible_person"]
    assert item.status == "fail"
    assert any(says in note for note in item.explanation), item.explanation


def test_the_packs_plan_words_can_turn_the_check_off(pack):
    spec = pack.spec.model_copy(update={"negation": pack.spec.negation.model_copy(update={"plan_words": []})})
    from scorer.pack import Pack

    quiet = Pack(spec=spec, source="t", digest="")
    assert status(quiet, "open_government", measures("持续深化政务公开，不断丰富公开载体，进一步提升公开质量。")) == "pass"


def test_what_a_mechanism_is_reports_no_use_of_it(pack):
    for sentence in ("法律顾问是依法决策的重要保障。", "公职律师制度是推进法治建设的重要支撑。", "法律顾问和公职律师是防范法律风险的关键。"):
        assert status(pack, "legal_adviser", measures(sentence)) == "fail", sentence
    # a count after 是 is practice, and so is one after what the advisers are
    assert status(pack, "legal_adviser", measures("全年审查合同的法律顾问是2名执业律师，审查合同28份。")) == "pass"
    assert status(pack, "legal_adviser", measures("法律顾问是依法决策的重要保障，全年由法律顾问审查合同28份。")) == "pass"
    from scorer.engine import score_text

    (item,) = [i for i in score_text(measures("法律顾问是依法决策的重要保障。"), pack, explain=True).items if i.id == "legal_adviser"]
    assert any("只说明其作用（「是依法决策的重要保障」）" in note for note in item.explanation), item.explanation


def test_a_mechanism_named_as_wanting_reports_nothing_done(pack):
    for sentence in (
        "政务公开工作还需加强，公开内容不够全面。",
        "政务公开工作有待进一步加强。",
        "政务公开亟待规范。",
        "政务公开工作落实不到位。",
        "政务公开制度执行不够到位，更新不及时。",
        "政务公开的深度和广度还不够。",
    ):
        assert status(pack, "open_government", measures(sentence)) == "fail", sentence
    # the wanting is another clause's: 政务公开 was done
    assert status(pack, "open_government", measures("主动公开政府信息230条，公开质量有待提高。")) == "pass"
    assert status(pack, "open_government", measures("主动公开政府信息230条，确保公开到位。")) == "pass"


PROBLEMS = "一是行政执法人员业务能力不够强，执法文书制作不够规范。二是普法宣传形式比较单一，群众参与度不高。"


def test_restated_share_counts_the_pairs_the_text_before_holds():
    from scorer.kinds.search import restated_share

    assert restated_share(PROBLEMS, "执法文书制作不够规范") == 1.0
    assert restated_share(PROBLEMS, "编制紧张经费短缺") == 0.0
    assert restated_share("一是人少。", "究其原因，主要是人少。") is None  # too little before to judge
    assert restated_share(PROBLEMS, "2024, A.") is None  # no Chinese pair after


def test_the_frames_words_make_no_pair_nor_one_across_them():
    from scorer.kinds.search import _frame, _told

    frame = _frame(("既有", "客观", "方面", "因素", "人员"))
    assert _told("既有客观方面的因素，执法人员多为转岗人员", frame) == ["执法", "多为", "为转", "转岗"]
    assert _told("既有客观方面的因素", frame) is None  # only the frame: nothing new
    assert _told("2024", frame) == []  # no pair at all
    assert _told("多为转岗", None) == ["多为", "为转", "转岗"]


def test_a_cause_cue_followed_by_the_problems_again_explains_nothing(pack):
    import scorer

    def report(causes: str) -> str:
        return doc("一、主要举措和成效", "聘请法律顾问2名。", "二、存在的不足和原因", PROBLEMS + causes)

    restated = "究其原因，主要是执法人员业务能力还不够强、执法文书不够规范、普法宣传形式单一，有些工作还不到位。"
    real = "究其原因，一是执法人员多为近年转隶人员，系统培训少；二是普法经费未列入年度预算，专职宣传人员仅1名。"
    assert status(pack, "shortcoming_reasons", report(restated)) == "fail"
    assert status(pack, "shortcoming_reasons", report(real)) == "pass"
    # a real cause after a restated one still counts; explain says why the first does not
    assert status(pack, "shortcoming_reasons", report(restated + "从深层次看，执法人员多为近年转隶，系统培训少。")) == "pass"
    item = next(i for i in scorer.score_text(report(restated), pack, explain=True).items if i.id == "shortcoming_reasons")
    assert any("重复前文" in note for note in item.explanation)



def test_a_problem_named_again_to_introduce_its_cause_is_no_restatement(pack):
    problems = "一是执法队伍专业能力不足，案卷质量不高。二是普法宣传形式单一，群众参与度不高。"
    paired = "执法队伍专业能力不足，主要原因是队伍组建仅两年、专业人员招录困难；普法宣传形式单一，主要原因是缺少专项经费。"
    text = doc("一、主要举措和成效", "聘请法律顾问2名。", "二、存在的不足和原因", problems, paired)
    assert status(pack, "shortcoming_reasons", text) == "pass"
    # the cue followed by the problems again still explains nothing
    restated = "究其原因，主要是执法队伍专业能力不足、普法宣传形式单一，群众参与度不高。"
    text = doc("一、主要举措和成效", "聘请法律顾问2名。", "二、存在的不足和原因", problems, restated)
    assert status(pack, "shortcoming_reasons", text) == "fail"

REQUIREMENTS = (
    "在执法监督方面，要严格落实执法责任制度，各执法单位必须按季度开展案卷自查，重大案件必须报请集体讨论决定。",
    "在普法宣传方面，要把宪法和民法典作为宣传重点，必须做到进机关、进村居、进学校，各单位务必于年底前报送总结材料。",
    "在政务公开方面，要按照统一目录公开办事指南和收费标准，应当公开的事项必须在规定时限内公开，接受群众监督。",
)
PRACTICE = (
    "在执法监督方面，开展执法案卷评查2次，评查案卷46卷，发现并整改问题12个。",
    "在普法宣传方面，开展宪法和民法典宣传活动18场，发放资料5000余份，覆盖群众1.2万人次。",
    "在政务公开方面，按照统一目录公开办事指南和收费标准，主动公开政府信息320条，办理依申请公开9件。",
    "在依法决策方面，3项重大决策均经合法性审查和集体讨论决定，法律顾问审查合同27份。",
)


def test_measures_written_as_requirements_report_no_practice(pack):
    assert status(pack, "measures_and_results", doc(MEASURES, *REQUIREMENTS, REQUIREMENTS[0])) == "fail"
    assert status(pack, "measures_and_results", doc(MEASURES, *PRACTICE)) == "pass"


# --- 3. negation -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "坚持未经法律顾问审查的合同一律不签订，全年审查合同35份。",  # 未经……不: a rule enforced
        "聘请2名律师无偿担任法律顾问。",  # 无偿
        "未经法律顾问审查或者审查未通过的合同，一律不得签订。",  # 未经……或者……未通过的，不得: the rule's own 未
    ],
)
def test_wording_with_wei_or_wu_that_is_no_negation(pack, sentence):
    assert status(pack, "legal_adviser", measures(sentence)) == "pass"


@pytest.mark.parametrize(
    "rule_id, sentence, expected",
    [
        # a requirement's count that is a stand-in's work reports no adviser; the adviser's own count does
        ("legal_adviser", "按照上级要求，我局应当选聘常年法律顾问，目前已纳入预算申报，合同审查暂由办公室承担，全年审查合同37份。", "fail"),
        ("legal_adviser", "按照上级要求，合同必须经法律顾问审查，全年审查合同37份。", "pass"),
        # the sentence after an item's label is not the label; the label heading a requirement is
        ("administrative_reconsideration", "八是化解矛盾纠纷。全年未发生以本局为被申请人的行政复议案件。要进一步畅通群众诉求表达渠道。", "pass"),
        ("administrative_reconsideration", "八是规范行政复议工作。要进一步畅通群众诉求表达渠道，依法办理复议案件。", "fail"),
        # 充分发挥……作用 is plan wording unless something was done
        ("legal_adviser", "充分发挥法律顾问在重大决策、合同审查等方面的参谋助手作用，切实防范决策风险。", "fail"),
        ("legal_adviser", "充分发挥法律顾问在重大决策、合同审查等方面的参谋助手作用，全年审查合同26份。", "pass"),
        # the title of a talk someone gave is no citation; a document's title is
        ("xi_law_thought", "局长在党组理论学习中心组作《习近平法治思想与交通运输依法治理》专题发言。", "pass"),
        ("xi_law_thought", "印发《关于学习习近平法治思想的通知》。", "fail"),
        # recording named only as wanting (……设备配备不足); recording done despite a shortfall elsewhere
        ("enforcement_three_systems", "执法信息在网站公示38条，重大执法决定经法制审核9件，现场检查中音像记录设备数量不足。", "partial"),
        ("enforcement_three_systems", "执法信息在网站公示38条，重大执法决定经法制审核9件，音像记录覆盖全部现场检查，弥补了人手不足。", "pass"),
        # a work plan's sentence whose last clause opens on 及时 (……，及时公开……，不断提高……); what was published is practice
        ("open_government", "持续推进政务公开，及时公开惠企政策信息，不断提高政策知晓度。", "fail"),
        ("open_government", "持续推进政务公开，及时公开惠企政策信息126条，不断提高政策知晓度。", "pass"),
        # a review rule enforced (未经……或者审核未通过的，不得……) is no negation of the review
        ("enforcement_three_systems", "执法信息在网站公示45条，现场检查全程录音录像。对拟作出的重大行政处罚决定，由法制审核机构进行审核，未经法制审核或者审核未通过的，不得作出决定。", "pass"),
        # a heading's title naming the topic, and under it the topic again in a work plan's sentence
        ("open_government", "（六）深化政务公开工作。持续深化政务公开，不断提升政务公开规范化水平，进一步加强政策解读。", "fail"),
        ("open_government", "（六）深化政务公开工作。持续深化政务公开，全年主动公开政府信息215条。", "pass"),
        # ... and a paragraph's short unnumbered opening sentence is such a label; a count there is a report
        ("open_government", "深化政务公开工作。持续深化政务公开，不断提升政务公开规范化水平，进一步加强政策解读。", "fail"),
        ("open_government", "全年公开政府信息215条。持续深化政务公开，不断提升政务公开规范化水平。", "pass"),
        # an item's label naming the system, and the sentence after it saying it is not in place
        ("enforcement_three_systems", "一是关于行政执法公示。全年在网站公示执法信息45条。二是关于执法全过程记录。本所目前尚未建立执法全过程记录制度。三是关于法制审核。重大执法决定全年法制审核6件。", "partial"),
        ("enforcement_three_systems", "一是关于行政执法公示。全年在网站公示执法信息45条。二是关于执法全过程记录。现场检查全程录音录像，形成音像资料120条。三是关于法制审核。重大执法决定全年法制审核6件。", "pass"),
        # a requirement cue after the match's object (对……决定要坚决执行): no practice
        ("administrative_reconsideration", "对行政复议机关作出的复议决定要坚决执行。", "fail"),
        ("administrative_reconsideration", "对行政复议机关作出的复议决定坚决执行，全年履行复议决定3件。", "pass"),
        # a requirement whose sentence reports a count in 万 (2.4万余条): practice
        ("enforcement_three_systems", "执法信息在网站公示45条，重大执法决定均经法制审核。执法人员必须佩戴执法记录仪，全年形成音像资料2.4万余条。", "pass"),
        ("enforcement_three_systems", "执法信息在网站公示45条，重大执法决定均经法制审核。执法人员必须佩戴执法记录仪，规范形成音像资料。", "partial"),
        # a topic (……方面，) named again later in its sentence, negated there: not in place, nor what the
        # sentence says on the way (仅配备执法记录仪两台)
        ("enforcement_three_systems", "执法信息在网站公示45条，重大执法决定均经法制审核。执法全过程记录方面，受经费限制，目前仅配备执法记录仪两台，现场检查多靠纸质笔录，执法全过程记录尚未全面推行。", "partial"),
        ("enforcement_three_systems", "执法信息在网站公示45条，重大执法决定均经法制审核。执法全过程记录方面，克服经费不足困难，新配备执法记录仪两台，现场检查同步录像，执法全过程记录全面推行。", "pass"),
        # a topic (……方面，) whose next clause says what it needs is lacking (我局尚无……): not in place
        ("enforcement_three_systems", "执法信息在网站公示45条，现场检查全程录音录像120条。重大执法决定法制审核方面，本单位尚无专职审核人员，案件由承办股室自行把关。", "partial"),
        ("enforcement_three_systems", "执法信息在网站公示45条，现场检查全程录音录像120条。重大执法决定法制审核方面，本单位尚无专职审核人员，由法律顾问审核重大执法决定9件。", "pass"),
    ],
)
def test_wording_and_its_look_alike(pack, rule_id, sentence, expected):
    assert status(pack, rule_id, measures(sentence)) == expected


def test_unreviewed_is_still_a_negation(pack):
    assert status(pack, "legal_adviser", measures("部分合同未经法律顾问审查即签订。")) == "fail"


def test_a_system_only_starting_is_not_in_place(pack):
    shown = "执法信息在网站公示45条；重大执法决定经法制审核12件。"
    assert status(pack, "enforcement_three_systems", measures(shown + "执法全过程记录工作尚在起步阶段。")) == "partial"
    assert status(pack, "enforcement_three_systems", measures(shown + "执法全过程记录工作起步早，全程录像案件86件。")) == "pass"


@pytest.mark.parametrize(
    "after",
    [
        "执法全过程记录设备采购正在筹备。",  # after the match: being prepared
        "执法全过程记录制度目前正筹备出台。",
        "执法全过程记录制度还在研究制定。",  # 还在 as 正在/尚在/仍在
    ],
)
def test_a_system_in_the_making_is_not_in_place(pack, after):
    shown = "执法信息在网站公示45条；重大执法决定经法制审核12件。"
    assert status(pack, "enforcement_three_systems", measures(shown + after)) == "partial"


@pytest.mark.parametrize(
    "review, expected",
    [
        # a clause asking how names a topic; the clause after it says there is no procedure yet
        ("对拟作出的重大执法决定如何开展法制审核，本局至今未出台具体办法，暂以集体讨论把关。", "partial"),
        ("对重大执法决定如何进行法制审核，我局迄今未形成固定程序。", "partial"),
        # the same topic with the review done
        ("对拟作出的重大执法决定，一律先经法制审核，全年审核12件。", "pass"),
    ],
)
def test_a_review_named_as_a_question_then_said_not_to_exist(pack, review, expected):
    shown = "执法信息在网站公示45条；执法记录仪全程记录现场检查。"
    assert status(pack, "enforcement_three_systems", measures(shown + review)) == expected


def test_a_title_whose_first_clause_says_still_under_study_names_nothing_in_place(pack):
    shown = "执法信息在网站公示45条；重大执法决定经法制审核12件。"
    text = doc(MEASURES, "（一）严格规范执法", shown, "（二）执法全过程记录。目前仍在论证记录设备选型方案，尚无录像案件。")
    assert status(pack, "enforcement_three_systems", text) == "partial"


def test_a_negation_before_a_list_reaches_every_item(pack):
    # 未开展 A、B、C工作: none of the three
    listed = "本单位不承担行政执法职能，未开展行政执法公示、执法全过程记录、重大执法决定法制审核工作。"
    assert status(pack, "enforcement_three_systems", measures(listed)) == "fail"
    # an item after the list's end is not under it
    after = "本单位未开展行政执法公示，执法全过程记录、重大执法决定法制审核均按规定落实，审核案件5件。"
    assert status(pack, "enforcement_three_systems", measures(after)) == "partial"
    # zero activity before a list is still zero activity
    zero = "全年未发生行政复议、行政诉讼案件。"
    assert status(pack, "administrative_litigation", measures(zero)) == "pass"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("局法律顾问聘期于2022年6月届满，此后未续聘。", "fail"),
        ("法律顾问服务合同到期后没有续签，涉法事务由办公室把关。", "fail"),
        ("常年法律顾问合同于2022年底到期后，2023年未办理续聘手续。", "fail"),
        ("局法律顾问聘用合同于2022年底期满，2023年未再续聘。", "fail"),
        ("局法律顾问聘期届满后续聘，全年审查合同30份。", "pass"),  # renewed
        ("局法律顾问聘期届满，经考核续聘，全年审查合同30份。", "pass"),
    ],
)
def test_an_adviser_whose_term_lapsed_unrenewed_is_none(pack, sentence, expected):
    assert status(pack, "legal_adviser", measures(sentence)) == expected


@pytest.mark.parametrize(
    "rule_id, sentence",
    [
        ("administrative_reconsideration", "全年本局未被申请行政复议。"),
        ("administrative_litigation", "全年未被提起行政诉讼。"),
        ("administrative_reconsideration", "本镇全年未作为被申请人参加行政复议。"),
        ("administrative_litigation", "全年没有成为行政诉讼被告。"),
    ],
)
def test_passive_zero_activity_is_reported_zero(pack, rule_id, sentence):
    assert status(pack, rule_id, measures(sentence)) == "pass"


# --- 4. shortcoming_reasons: cause wording, not problems that look like it --------------------
def shortcomings(sentence: str) -> str:
    return doc(MEASURES, "聘请法律顾问审查合同28份。", "二、存在的不足和原因", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "一是部分窗口受理事项较多，影响办理时效。二是普法形式单一。",  # 受理…影响
        "一是影响安全生产的不确定因素依然存在。二是执法力量薄弱。",  # a problem named 因素
        "一方面，执法人员数量偏少；另一方面，执法装备较为落后。",  # problems listed, no cause
    ],
)
def test_problems_worded_like_causes_are_not_causes(pack, sentence):
    assert status(pack, "shortcoming_reasons", shortcomings(sentence)) == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "执法力量薄弱。出现上述问题，有编制紧张的因素。",
        "执法力量薄弱。这些问题，一方面是编制紧张，另一方面是培训不足。",
        "执法队伍不稳定，受机构改革影响较大。",
        "执法力量薄弱，客观因素是编制有限。",
    ],
)
def test_cause_wording_counts(pack, sentence):
    assert status(pack, "shortcoming_reasons", shortcomings(sentence)) == "pass"


# --- 5. enforcement_three_systems: the systems in other words --------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "在门户网站公示行政处罚决定86件；执法人员佩戴执法记录仪；重大执法决定均经法制审核。",  # 公示 + a decision
        "落实行政执法公示制度，执法记录仪全程记录，重大行政处罚案件在作出决定前一律提交法制机构进行合法性审核。",
        "落实行政执法公示、执法全过程记录和重大执法决定法制审查制度。",  # 法制审查
    ],
)
def test_three_systems_in_other_words(pack, sentence):
    assert status(pack, "enforcement_three_systems", measures(sentence)) == "pass"


def test_review_of_documents_is_not_review_of_enforcement_decisions(pack):
    text = measures("落实行政执法公示制度，执法记录仪全程记录，对规范性文件进行合法性审核。")
    assert status(pack, "enforcement_three_systems", text) == "partial"


# --- 6. open_government: publishing enforcement results is not 政务公开 -----------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "在门户网站开展执法信息公开，公开行政处罚信息52条。",  # that is 行政执法公示
        "推进政府信息化建设，建成执法监管平台1个。",
        "双随机抽查结果全部主动公开。",  # 双随机一公开
    ],
)
def test_enforcement_publicity_is_not_open_government(pack, sentence):
    assert status(pack, "open_government", measures(sentence)) == "fail"


@pytest.mark.parametrize("sentence", ["主动公开财政预决算等信息85条。", "全年办理政府信息公开申请9件。"])
def test_open_government_counts(pack, sentence):
    assert status(pack, "open_government", measures(sentence)) == "pass"


# --- 7. shufa: the word 述法, not the end of another word --------------------------------------
@pytest.mark.parametrize(
    "sentence",
    ["开展讲述法治故事活动12场。", "局长带头阐述法律要点。", "严格执行上述法规，办理案件8件。"],
)
def test_words_ending_in_shu_are_not_shufa(pack, sentence):
    assert status(pack, "shufa", measures(sentence)) == "fail"


def test_shufa_counts(pack):
    assert status(pack, "shufa", measures("年终局领导班子成员逐一述法。")) == "pass"
    assert status(pack, "shufa", measures("局长在全局干部大会上述法。")) == "pass"  # 会上 + 述法


# --- 8. the name of a law is not the work under it --------------------------------------------
@pytest.mark.parametrize(
    "rule_id, law, work",
    [
        ("administrative_reconsideration", "组织学习新修订的行政复议法。", "办理行政复议案件4件，纠错1件。"),
        ("administrative_litigation", "组织干部学习行政诉讼法。", "全年行政诉讼案件3件，负责人出庭应诉率100%。"),
    ],
)
def test_studying_the_law_is_not_the_work(pack, rule_id, law, work):
    assert status(pack, rule_id, measures(law)) == "fail"
    assert status(pack, rule_id, measures(law + work)) == "pass"


# --- 9. quantified_results: counts in Chinese numerals ----------------------------------------
def test_counts_in_chinese_numerals_are_figures(pack):
    text = measures("全年办理行政复议案件十二件，纠错两件，培训执法人员三百余人次。")
    assert status(pack, "quantified_results", text) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "二〇二三年十二月二十日，召开第三次会议。落实三项制度，增强四个意识，推行一件事一次办。",
        "十四五期间，按照八五普法规划，开展两个确立主题教育。",
    ],
)
def test_dates_ordinals_and_formulas_in_chinese_numerals_are_not_figures(pack, sentence):
    assert status(pack, "quantified_results", measures(sentence)) == "fail"


def test_chinese_figures_found_whole():
    from scorer.kinds.figures import DEFAULT_UNITS, _figure_pattern

    text = "办理一千二百零五件，接待两千余人次，投入十万元，第五期。"
    found = [m.group() for m in _figure_pattern(DEFAULT_UNITS).finditer(text)]
    assert found == ["一千二百零五件", "两千余人次", "十万元"]


def test_figures_with_a_thousands_separator_are_found_whole():
    from scorer.kinds.figures import DEFAULT_UNITS, _figure_pattern

    text = "走访9,460户，投入1,250,000元，2023年,12次会议。"
    found = [m.group() for m in _figure_pattern(DEFAULT_UNITS).finditer(text)]
    assert found == ["9,460户", "1,250,000元", "12次"]


def test_a_pattern_does_not_reach_into_the_sentence_before(pack):
    # 规范性文件……清理 may not start in a sentence that negates something else
    from scorer.engine import score_text

    text = measures("全年未制发行政规范性文件。对以往印发的规范性文件开展清理，宣布失效2件。")
    (item,) = [i for i in score_text(text, pack).items if i.id == "normative_documents"]
    assert "清理" not in item.detail.split("缺：")[-1], item.detail


def test_matches_kept_in_one_sentence_are_explained_once(pack):
    from scorer.engine import score_text

    text = measures("聘请法律顾问2名，法律顾问全年审查合同28份。另有公职律师1名参与案件审查。")
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "legal_adviser"]
    kept = [n for n in item.explanation if n.startswith("采用")]
    assert len(kept) == 2, item.explanation  # one for each sentence, not one for each match


@pytest.mark.parametrize("newline", ["\n", "\r\n", "  \u3000\n"])
def test_a_short_clause_under_two_headings_is_no_copy_whatever_the_line_ends(pack, newline):
    # an 11-character clause in the measures and in the plan: short, and not "right after" its
    # first copy (a heading lies between), with \n or \r\n line ends, or white space before them, alike
    text = newline.join(["某局2023年度法治政府建设情况报告", "一、主要举措和成效", "全年未发生行政复议案件。", "二、2024年工作计划", "全年未发生行政复议案件。", ""])
    assert status(pack, "duplicate_text", text) == "pass"


def test_a_copied_run_is_quoted_from_its_sentence_not_from_the_title_before_it(pack):
    # short clauses copied together under a heading of the same title, each copy then ending in its own
    # way: the copy quoted starts where the sentence does, not inside the heading (一）深化以案释法。推行……)
    from scorer.engine import score_text

    run = "推行“一案一普法”工作法，结合民法典宣传月、防灾减灾日开展送法进企业、进工地活动"
    text = doc(MEASURES, f"（一）深化以案释法。{run}，全年开展12场。", "（二）规范执法。全年办理案件12件。", "二、2024年工作打算", f"（一）深化以案释法。{run}，扩大普法覆盖面。")
    (item,) = [i for i in score_text(text, pack).items if i.id == "duplicate_text"]
    assert item.status == "fail" and item.detail == f"1处重复：第6行「{run}」与第3行重复", item.detail


def test_evidence_is_quoted_from_a_clause_s_start_to_its_end_not_from_inside_words(pack):
    # a snippet cut at a fixed width began and ended inside words (……年共办理……第一责……); it now
    # reaches a clause's punctuation, or the line's start, when one is at most a few characters away
    from scorer.engine import score_text

    line = "全年共办理各类行政执法案件126件，局主要负责人切实履行推进法治建设第一责任人职责，全年主持召开局务会议4次专题研究法治建设工作。"
    (item,) = [i for i in score_text(doc(MEASURES, line), pack).items if i.id == "first_responsible_person"]
    assert item.status == "pass"
    assert item.evidence[0].text == line[: line.index("职责，") + 3] + "……", item.evidence
    # ... but not further: a clause far from the fixed width's end is cut there
    far = "局主要负责人切实履行推进法治建设第一责任人职责并全年主持召开局务会议四次专题研究部署推进法治政府建设各项重点工作任务。"
    (item,) = [i for i in score_text(doc(MEASURES, far), pack).items if i.id == "first_responsible_person"]
    assert item.evidence[0].text.endswith("……") and not item.evidence[0].text.endswith("。……"), item.evidence


def test_a_copy_behind_two_run_markers_is_quoted_without_their_shared_character(pack):
    # 一是……/二是……: the copies share 是 before their text, but it belongs to the markers
    from scorer.engine import score_text

    copy = "要坚持把依法行政贯穿于行政执法全过程，严格规范公正文明执法"
    text = doc(MEASURES, f"全年办理案件12件。一是{copy}。二是推进政务公开。", "二、2024年工作打算", f"一是加强学习。二是{copy}。")
    (item,) = [i for i in score_text(text, pack).items if i.id == "duplicate_text"]
    assert item.status == "fail" and item.detail == f"1处重复：第5行「{copy}」与第3行重复", item.detail


def test_an_empty_part_says_what_it_holds_instead(pack):
    """A plan part of slogans is 都是套话 (not 计划: a plan part is no less one for its plans); the measures,
    judged with requirements, hold 套话、要求或计划. The count asked for is of particular sentences."""
    from scorer.engine import score_text

    plan = doc(MEASURES, "全年办理行政复议案件3件，聘请法律顾问审查合同28份。", "二、2024年工作打算", "我局将继续努力，推动法治建设再上新台阶。")
    (item,) = [i for i in score_text(plan, pack).items if i.id == "next_year_plan"]
    assert item.status == "fail"
    assert item.detail.endswith("内容空泛：都是套话，没有一句具体内容（至少需要2句具体内容）"), item.detail
    # one clause that is no slogan is not called particular: it may be a slogan the pack does not know
    one = doc(MEASURES, "全年办理行政复议案件3件。", "二、2024年工作打算", "我局将继续努力，推动法治建设再上新台阶，开展执法培训4期。")
    (item,) = [i for i in score_text(one, pack).items if i.id == "next_year_plan"]
    assert item.status == "fail" and item.detail.endswith("内容空泛：只有1句不是套话（至少需要2句具体内容）"), item.detail
    rules = doc(MEASURES, *["各股室要严格落实法律顾问制度，必须做到重大决策合法性审查全覆盖，要持续深化政务公开，要进一步规范行政执法行为，"
                            "必须严格落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，要不断提高依法行政水平。"] * 2)
    (item,) = [i for i in score_text(rules, pack).items if i.id == "measures_and_results"]
    assert item.status == "fail" and "套话、要求或计划" in item.detail, item.detail
    # too large a share of them: the share allowed is said (40% against 35 % — not "40 %" alone, which reads as a pass)
    mixed = doc(MEASURES, *["全年办理行政许可案件120件，组织执法培训3期，审查合同28份，听取法治工作汇报4次，"
                            "各股室要严格落实法律顾问制度，要持续深化政务公开，必须不断提高依法行政水平。"] * 2)
    (item,) = [i for i in score_text(mixed, pack).items if i.id == "measures_and_results"]
    assert item.status == "fail" and item.detail.endswith("的分句是套话、要求或计划（上限35%），没有写做了什么"), item.detail


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a paragraph's short opening sentence is what it heads: requirements under it report nothing
        ("推进教育信息公开。各学校要按照规定做好校务公开，及时向家长公开收费项目。", "fail"),
        ("推进教育信息公开。全年在门户网站公开招生、收费等信息126条。", "pass"),
    ],
)
def test_a_paragraphs_label_over_requirements_reports_nothing(pack, paragraph, expected):
    assert status(pack, "open_government", measures(paragraph)) == expected


@pytest.mark.parametrize(
    "items, says",
    [
        # one slip, one note: a number written twice where the next was meant, and two items swapped
        ("一是建立台账。二是完善流程。二是加强培训。四是强化考核。", "「二是」接在「二是」之后，应为「三是」"),
        ("一是建立台账。二是完善流程。四是加强培训。三是强化考核。五是严格问责。", "「四是」与其后的「三是」顺序颠倒"),
    ],
)
def test_a_numbering_slip_is_told_once(pack, items, says):
    from scorer.engine import score_text

    (item,) = [i for i in score_text(measures(items), pack).items if i.id == "numbering_sequence"]
    assert item.status == "fail"
    assert item.detail.endswith(says), item.detail


def test_a_run_whose_one_is_glued_to_a_verb_is_no_slip(pack):
    # 实行一是……，二是……: the 一是 after a verb, not after punctuation, still opens the run
    text = measures("建立矛盾纠纷化解机制，实行一是网格员首接登记，二是调解员当日上门，三是疑难纠纷领导包案的工作流程。")
    assert status(pack, "numbering_sequence", text) == "pass"
    assert status(pack, "numbering_sequence", measures("建立矛盾纠纷化解机制，二是调解员当日上门，三是疑难纠纷领导包案。")) == "fail"


def test_a_matter_put_into_a_later_years_plan_is_not_done(pack):
    from scorer.engine import score_text

    later = measures("办理复议案件3件。其余2项涉及执法编制和法律顾问经费，已纳入2024年工作安排持续推进。")
    (item,) = [i for i in score_text(later, pack, explain=True).items if i.id == "legal_adviser"]
    assert item.status == "fail"
    assert any("已列入以后的工作安排（「纳入2024年工作安排」）" in n for n in item.explanation), item.explanation
    # the report's own year is no later one (纳入2023年工作要点, in a report on 2023, was done that year)
    same = measures("把法律顾问制度纳入2023年工作要点，全年法律顾问审查合同16份。")
    assert status(pack, "legal_adviser", same) == "pass"


def test_a_sentence_opening_on_an_earlier_year_tells_of_that_year_s_work(pack):
    # 2022年12月，…… in a report on 2023: what the former leader did then is not the report year's practice
    from scorer.engine import score_text

    sentence = "{}，时任局长曾在县委依法治县办组织的述法评议会上作述法发言。全年办理复议案件3件。"
    earlier = measures(sentence.format("2022年12月"))
    (item,) = [i for i in score_text(earlier, pack, explain=True).items if i.id == "shufa"]
    assert item.status == "fail" and "写的是往年的事" in item.detail, item.detail
    assert any("写的是2022年的事，不是本年度的做法（「2022年12月，」）" in n for n in item.explanation), item.explanation
    assert status(pack, "shufa", measures(sentence.format("2022年度"))) == "fail"  # (a year's work, 年度)
    # ... and 早在 that year, after a clause's start
    assert status(pack, "shufa", measures("值得一提的是，早在2022年底，局领导班子成员已在民主生活会上逐一述法。")) == "fail"
    # the report's own year is no earlier one, nor is a year named inside the sentence, nor a later year's month
    # (the year-end 述法 is held early in the next year)
    assert status(pack, "shufa", measures(sentence.format("2024年1月"))) == "pass"
    assert status(pack, "shufa", measures(sentence.format("2023年12月"))) == "pass"
    assert status(pack, "shufa", measures("局长在述法评议会上作述法发言，报告2022年以来的履职情况。")) == "pass"
    # two earlier years listed (2021年、2022年，……): theirs too; a list ending on the year reported on is that year's
    listed = "{}，以局为被申请人的行政复议案件分别为3件和2件，均已依法办结。"
    assert status(pack, "administrative_reconsideration", measures(listed.format("2021年、2022年"))) == "fail"
    assert status(pack, "administrative_reconsideration", measures(listed.format("2022年、2023年"))) == "pass"
    # in that year, the leader's own act right after it (局长在2022年带头出庭应诉……): that year's, not the year reported on
    court = "局长在{}带头出庭应诉一起行政诉讼案件，此后全局形成了负责人出庭应诉的良好氛围。"
    assert status(pack, "first_responsible_person", measures(court.format("2022年"))) == "fail"
    assert status(pack, "first_responsible_person", measures(court.format("2023年"))) == "pass"


def test_a_clause_of_what_followed_an_earlier_year_s_act_is_that_year_s(pack):
    # 继2022年12月……述法后，……: the act in the 继……后 clause is that year's; the clause after 后， is not
    after = "继2022年12月局党组书记首次在县委全面依法治县委员会会议上述法后，{}"
    assert status(pack, "shufa", measures(after.format("全局形成了依法办事的良好氛围。"))) == "fail"
    assert status(pack, "shufa", measures(after.format("2023年12月局长再次作现场述法。"))) == "pass"
    assert status(pack, "shufa", measures(after.format("局长年终再次作现场述法，接受评议。"))) == "pass"
    # the report's own year in that clause is no earlier one
    assert status(pack, "shufa", measures("继2023年6月局党组书记首次在县委全面依法治县委员会会议上述法后，全局形成了依法办事的良好氛围。")) == "pass"
    # a date set in the report's own year is no plan (定于2023年12月……，局长作现场述法)
    assert status(pack, "shufa", measures("首次集中述法定于2023年12月开展，局长作现场述法。")) == "pass"


def test_earlier_years_and_later_quarters_reach_their_whole_sentence(pack):
    # an earlier year opening a long sentence reaches its end (2022年，……，并于当年12月……现场述法，述法情况在全区通报)
    long = ("2022年，局党组书记、局长主持制定了《区司法局党政主要负责人履行推进法治建设第一责任人职责清单》，明确4大类22项具体责任，"
            "并于当年12月在区委全面依法治区委员会会议上现场述法，述法情况在全区通报。")  # fmt: skip
    assert status(pack, "shufa", measures(long)) == "fail"
    assert status(pack, "shufa", measures(long.replace("2022年，", "2023年，"))) == "pass"
    # a clause on the occasion then, with 曾 (2022年年终考核时，镇长曾……作专题述法)
    assert status(pack, "shufa", measures("2022年年终考核时，局长曾在县委依法治县委员会会议上作专题述法。")) == "fail"
    # a later year's quarter with 将 opening the sentence is a plan (2024年一季度，局长将主持……)
    promise = "2024年一季度，局长将主持召开局党组会议专题听取法治建设工作汇报，并在年度述职中报告履行法治建设职责情况。"
    assert status(pack, "first_responsible_person", measures(promise)) == "fail"
    # in an earlier year at a meeting (局长在2022年县委组织的述法评议会上作过述法报告)
    assert status(pack, "shufa", measures("局长在2022年县委组织的述法评议会上作过述法报告，此后我局持续巩固述法成果。")) == "fail"
    assert status(pack, "shufa", measures("局长在2023年县委组织的述法评议会上作述法报告，接受评议。")) == "pass"
    # joined to a later occasion (拟结合2024年初的……考核), or begun from a later year's assessment (将从2024年度考核起……推行)
    assert status(pack, "shufa", measures("2023年度的述法拟结合2024年初的领导班子考核一并开展。")) == "fail"
    assert status(pack, "shufa", measures("我局将从2024年度考核起在领导班子中推行年终述法，相关方案正在起草。")) == "fail"
    # a term that ended before the year, told two clauses on (……法律顾问团于2021年组建，聘期至2022年底，期满后……暂未续聘)
    lapsed = "局法律顾问团于2021年组建，聘期至2022年底，期满后因经费原因暂未续聘。"
    assert status(pack, "legal_adviser", measures(lapsed)) == "fail"


@pytest.mark.parametrize(
    ("rule", "text", "said"),
    [
        ("legal_adviser", "合同审核暂由办公室承担。2024年起，我局将聘请常年法律顾问。", "写成计划而非做法（「2024年起」）"),
        ("legal_adviser", "各科室要严格执行合同审查制度，由法律顾问审查合同。", "写成要求而非做法（「要」）"),
        # a promise is one, and a step to come a plan, not a requirement
        ("first_responsible_person", "局长在全局干部大会上表态，将亲自研究部署法治建设工作。", "写成承诺而非做法（「表态」）"),
        ("legal_adviser", "经局党组研究，拟通过购买服务方式聘请常年法律顾问，合同审查暂由办公室承担。", "写成计划而非做法（「"),
        # the words a `near` window needs, there but after the cue that ends it: said so, not 45字内没有……
        ("first_responsible_person", "局主要负责人作为推进法治建设第一责任人，要亲自研究部署法治建设重要工作。", "」在「要」之后，写成要求而非做法"),
        # a later year's month opening the sentence, its act that year's work
        ("first_responsible_person", "2024年1月，局长主持召开2024年全局法治建设工作部署会，对全年工作作出安排。", "写的是2024年的事，不是本年度的做法"),
        # its date set in a later year, or joined to a later occasion (定于2024年……; 将结合2024年……)
        ("shufa", "局里印发了《年终述法工作实施办法》，首次集中述法定于2024年一季度开展。", "「定于2024年」"),
        ("shufa", "按照上级通知要求，我局述法工作将结合2024年一季度综合考核一并开展。", "「将结合2024年」"),
    ],
)
def test_what_a_requirement_cue_makes_of_a_match_is_explained(pack, rule, text, said):
    from scorer.engine import score_text

    (item,) = [i for i in score_text(measures(text), pack, explain=True).items if i.id == rule]
    assert item.status == "fail"
    assert any(said in n for n in item.explanation), item.explanation


def test_a_failing_items_detail_says_where_its_matches_were_set_aside_and_why(pack):
    """Every match set aside: the detail names their lines and the reasons in a word, in the order met,
    not a bare 未找到有效表述 (a title tells apart from a part outside the scope)."""
    from scorer.engine import score_text

    text = doc(
        MEASURES,
        "（一）聘请法律顾问",
        "各科室要严格执行法律顾问审查合同制度。",
        "本局尚未聘请法律顾问，合同审查暂由办公室承担。",
        "二、2024年工作打算",
        "聘请常年法律顾问，审查合同。",
    )
    (item,) = [i for i in score_text(text, pack).items if i.id == "legal_adviser"]
    assert item.status == "fail", item
    assert item.detail == "第3行（在标题中）、第4行（写成要求或计划）、第5行（被否定）等的表述都不算，未找到有效表述", item.detail
    # the leader's duty named, the action another's: said so, not "nothing near"
    deputy = measures("局长履行法治建设第一责任人职责，分管副局长主持召开法治建设专题会议2次。")
    (item,) = [i for i in score_text(deputy, pack).items if i.id == "first_responsible_person"]
    assert item.status == "fail" and item.detail == "第3行（属于其他主体）的表述都不算，未找到有效表述", item.detail


def test_a_topic_named_where_no_pattern_matched_is_explained_too(pack):
    """The plan's mention is set aside for its scope; the opening's formula matched no pattern at all:
    `scorer explain` names its line rather than leave it out."""
    from scorer.engine import score_text

    text = doc(MEASURES, "全年坚持以习近平法治思想为指导，办理案件32件。", "二、2024年工作打算", "组织专题学习习近平法治思想4次。")
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "xi_law_thought"]
    assert item.status == "fail" and item.detail == "第5行（不在检查范围内）的表述都不算，未找到有效表述"
    assert "第3行提到「习近平法治思想」：「习近平法治思想为指导」是规则排除的搭配" in item.explanation, item.explanation
    assert not any(n.startswith("第5行提到") for n in item.explanation), item.explanation  # (its own note says why)
    # with no match at all, each mention says why it does not count: a requirement, outside the scope
    text = doc(MEASURES, "各股室要深入学习贯彻习近平法治思想，扎实推进依法行政。", "二、2024年工作打算", "继续坚持以习近平法治思想为指导。")
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "xi_law_thought"]
    assert item.detail == "第3、5行提到「习近平法治思想」，但都不是符合要求的用法（写成要求或计划、不在检查范围内）", item.detail
    assert "第3行提到「习近平法治思想」：写成要求而非做法（「要」）" in item.explanation, item.explanation
    assert "第5行提到「习近平法治思想」：不在检查范围内（位于「二、2024年工作打算」）" in item.explanation, item.explanation


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the match opens its sentence, whose later clause says it is not in place: its predicate
        ("目前，重大执法决定法制审核由于缺少专职审核人员，尚未全面落实，部分案件把关不严。", "partial"),
        ("重大行政执法决定的法制审核目前仍由执法股室自行把关，尚未形成独立的审核环节。", "partial"),
        # the subject of a later clause of its sentence
        ("我局全面推行执法公示制度，重大执法决定法制审核制度因缺少专业审核人员，暂未开展。", "partial"),
        # a match deep in its sentence is no subject; a zero reported is no negation of it
        ("全年作出重大执法决定12件，均经法制审核，尚未发生被复议纠错的情况。", "pass"),
        # the topic its clause opens with (对……的法制审核，), said after a 但 not to be in place
        ("三是对重大执法决定的法制审核，我局已于年内着手起草审核办法，但尚未正式印发。", "partial"),
        ("三是对重大执法决定的法制审核，我局严格落实审核程序，全年审核12件。", "pass"),
    ],
)
def test_a_subject_whose_predicate_says_it_is_not_in_place(pack, sentence, expected):
    text = measures("执法信息在门户网站公示，执法记录仪全程记录执法过程。" + sentence)
    assert status(pack, "enforcement_three_systems", text) == expected


def test_a_measures_part_of_work_plan_sentences_reports_no_practice(pack):
    """No 要 anywhere: every sentence a work plan's (stock openers, a plan word, nothing done)."""
    plan = [  # (one clause in three with a generic word: few enough for the share of slogans alone)
        "严格落实行政执法公示制度和执法全过程记录制度，规范执行重大执法决定法制审核制度，持续提升全镇执法规范化水平。",
        "推进政府信息主动公开和依申请公开工作，严格执行信息发布保密审查程序，进一步规范门户网站信息发布。",
        "加强宪法、民法典和行政复议法等法律法规宣传，强化国家机关普法责任清单落实，不断推进法律进社区进企业。",
        "深化人民调解、行政调解和司法调解衔接联动，完善矛盾纠纷排查化解制度，进一步健全多元化解机制。",
    ]
    assert status(pack, "measures_and_results", doc(MEASURES, *plan)) == "fail"
    # the same fields with what was done in them
    done = ["全年在门户网站公示执法信息320条，审核重大执法决定12件，执法记录仪配备率达到100%。",
            "在门户网站主动公开政府信息186条，办理依申请公开8件，均在法定期限内答复。",
            "开展法治宣传进社区、进企业活动16场，发放宣传资料5000余份，受众1.2万人次。",
            "成功调解矛盾纠纷45件，调解成功率98%，化解信访积案3件。"]  # fmt: skip
    assert status(pack, "measures_and_results", doc(MEASURES, *done)) == "pass"


def test_a_heading_said_again_in_a_requirement_is_explained_as_one(pack):
    """A cue :meth:`negation` finds may be a requirement word (a heading's topic said again in a
    requirement under it): `scorer explain` calls that 写成要求而非做法, not 被否定."""
    from scorer.engine import score_text
    from scorer.matching import Context
    from scorer.parse import parse

    ctx = Context(parse(doc(MEASURES, "内容。")), requirement_cues=pack.spec.negation.requirement)
    assert ctx.is_requirement_cue("要") and ctx.is_requirement_cue("必须")
    assert not ctx.is_requirement_cue("尚未") and not ctx.is_requirement_cue("要求")
    body = "要坚持和发展新时代枫桥经验，健全镇、村两级矛盾纠纷排查调处机制，把矛盾纠纷化解在基层。"
    text = doc(MEASURES, "全年办理行政复议案件3件，聘请法律顾问审查合同28份。", "依法有效化解社会矛盾纠纷", body)
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "dispute_resolution"]
    notes = [n for n in item.explanation if "「依法有效化解社会矛盾纠纷」" in n]
    # (the heading's own line holds no 要: it is the text under it that is written as a requirement)
    assert notes and "其下正文写成要求而非做法（「要」）" in notes[0], item.explanation
    assert any("」：写成要求而非做法（「要」）" in n and "枫桥经验" in n for n in item.explanation), item.explanation


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a count, then 要求 over a stage named 送达执行: what was done, and the instruction given
        ("为各执法队配备执法记录仪20台，要求对现场检查、调查取证、送达执行等环节全程音像留痕。", "pass"),
        # 要求 over a rule to follow: a requirement
        ("全县执法单位均应重视执法记录工作，要求各单位严格执行执法全过程记录制度。", "partial"),
    ],
)
def test_an_instruction_after_a_count_is_no_requirement(pack, sentence, expected):
    text = measures("执法信息在门户网站公示。重大执法决定均经法制审核。" + sentence)
    assert status(pack, "enforcement_three_systems", text) == expected


def test_a_case_said_not_to_have_happened_without_review_is_no_negation(pack):
    # 未发生……未经法制审核的情况: a double negative, beside the reviews reported
    text = measures("执法信息在门户网站公示。执法记录仪全程记录执法过程。全年办理重大行政处罚案件11件，均经法规股法制审核后作出，"
                    "全年未发生重大执法决定未经法制审核的情况。")
    assert status(pack, "enforcement_three_systems", text) == "pass"
    # a lapse that did happen is one
    lapse = measures("执法信息在门户网站公示。执法记录仪全程记录执法过程。个别重大执法决定未经法制审核即作出。")
    assert status(pack, "enforcement_three_systems", lapse) == "partial"


def test_two_sentences_quoted_alike_are_one_note(pack):
    """An item's label and the requirement after it are two sentences, set aside for one reason and
    close enough to be quoted by the same excerpt: `scorer explain` says it once."""
    from scorer.engine import score_text

    text = measures("三是推进政务公开。要加大政务公开力度，及时回应群众关切，不断提高公开质量。")
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "open_government"]
    notes = [n for n in item.explanation if n.startswith("舍弃")]
    assert len(notes) == len(set(notes)) >= 1, item.explanation


def test_a_denial_in_the_measures_names_its_part(pack):
    """A system the measures say is not in place (执法全过程记录方面，……目前尚未开展) is denied to a sentence elsewhere that
    names it with nothing done; `scorer explain` names the part that denies it."""
    from scorer.engine import score_text

    text = measures("坚持执法全程留痕。执法信息在门户网站公示52条。重大执法决定均经法制审核，全年审核8件。"
                    "执法全过程记录方面，因执法记录仪配备不足，目前尚未开展。")
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "enforcement_three_systems"]
    assert item.status == "partial"
    assert any("而「一、2023年主要举措和成效」说它尚未落实" in n for n in item.explanation), item.explanation


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a topic's label naming the matter in general (……设置情况。) is judged by the sentence under it
        ("关于法律顾问设置情况。本局目前尚未聘请法律顾问，合同审查由办公室承担。", "fail"),
        ("关于法律顾问聘请工作。本局目前尚未聘请法律顾问，合同审查由办公室承担。", "fail"),
        ("关于法律顾问设置情况。本局聘请律师事务所担任常年法律顾问，全年审查合同26份。", "pass"),
    ],
)
def test_a_topic_label_naming_the_matter_in_general_is_judged_by_what_follows(pack, paragraph, expected):
    assert status(pack, "legal_adviser", measures(paragraph)) == expected


@pytest.mark.parametrize(
    "review, expected",
    [
        # a catalogue still being drafted, out for comment: the review is not in place, however the sentence names it
        ("关于重大执法决定法制审核制度，县司法局已牵头起草重大执法决定法制审核目录清单，目前正在征求意见。", "partial"),
        ("重大执法决定法制审核工作方面，县司法局已牵头起草《重大执法决定法制审核目录清单》，目前正在征求意见。", "partial"),
        # ... one issued and used is
        ("县司法局牵头制定重大执法决定法制审核目录清单，已印发施行，全年审核重大执法决定12件。", "pass"),
        # ... and a decision's draft put out for comment says nothing of the review
        ("重大执法决定均经法制审核，全年审核12件，另有1项制度草案正在征求意见。", "pass"),
        # a later clause saying it is to be issued in a year after the report's: not in force in the year reported on
        ("重大执法决定法制审核目录清单正在按新规定修订，计划2024年上半年印发施行。", "partial"),
        ("三是重大执法决定法制审核办法已完成起草，2024年一季度内正式印发。", "partial"),
        # ... but the year reported on, or a later year's other work, is no such clause
        ("重大执法决定法制审核目录清单已修订，2023年6月印发施行，全年审核12件。", "pass"),
        ("重大执法决定法制审核全年审核12件，2024年将扩大审核范围。", "pass"),
        # a topic's sentence saying it is in force only from a later year (……印发……办法，……，自2024年1月1日起施行), after an
        # item's label too
        ("关于重大执法决定法制审核，局里于12月印发审核办法，明确审核范围，自2024年1月1日起施行。", "partial"),
        ("（3）关于重大执法决定法制审核，局里于12月印发审核办法，明确审核范围，自2024年1月1日起施行。", "partial"),
        ("关于重大执法决定法制审核，局里于2月印发审核办法，自2023年3月1日起施行，全年审核12件。", "pass"),
        # ... out for comment to many bodies (the bodies named at length between 征求 and 意见)
        ("围绕重大执法决定法制审核，局里起草了审核办法（征求意见稿），目前正在征求各乡镇人民政府和县直有关部门意见。", "partial"),
    ],
)
def test_a_system_drafted_and_out_for_comment_is_not_in_place(pack, review, expected):
    systems = "全年在门户网站公示执法信息320条，执法全过程记录覆盖所有执法门类。"
    assert status(pack, "enforcement_three_systems", measures(systems + review)) == expected


def test_a_topic_named_only_in_a_cited_title_is_told_as_a_citation(pack):
    from scorer.engine import score_text

    text = measures("全年组织学习《党政主要负责人履行推进法治建设第一责任人职责规定》2次。")
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "first_responsible_person"]
    assert item.status == "fail"
    assert item.detail == "第3行提到「第一责任人」，但都在书名号《》内，只是引用文件名", item.detail
    assert "第3行提到「第一责任人」：位于书名号《》内，属于引用文件名" in item.explanation, item.explanation


def test_the_leaders_actions_in_the_year_to_come_are_no_practice(pack):
    ahead = measures("局长认真履行第一责任人职责。下一年度，局主要负责同志将带头主持召开专题会议研究法治建设。")
    assert status(pack, "first_responsible_person", ahead) == "fail"
    done = measures("局长认真履行第一责任人职责。全年局主要负责同志带头主持召开专题会议研究法治建设3次。")
    assert status(pack, "first_responsible_person", done) == "pass"


def test_a_promise_to_improve_in_later_work_is_no_shortcoming(pack):
    """需要在今后的工作中加以改进和提高 names no problem, whatever verb ends it."""
    one = "执法人员持证上岗率偏低。"
    promise = "工作中还存在一些不足，需要在今后的工作中加以改进和提高。"
    assert status(pack, "shortcomings", doc(MEASURES, "组织执法培训3期。", "二、存在的不足", promise + one)) == "fail"
    two = one + "行政规范性文件备案不够及时。"
    assert status(pack, "shortcomings", doc(MEASURES, "组织执法培训3期。", "二、存在的不足", promise + two)) == "pass"


def test_figures_are_quoted_from_places_apart(pack):
    """Three figures side by side make one quote; the evidence shows figures from elsewhere too."""
    from scorer.engine import score_text

    text = measures("全年开展集中学习5次、专题研讨2次、旁听庭审1次，撰写心得46篇。组织执法人员开展业务培训8期，"
                    "培训420人次，全年会前学法10次。")  # fmt: skip
    (item,) = [i for i in score_text(text, pack).items if i.id == "quantified_results"]
    quotes = [e.text for e in item.evidence]
    assert sum("5次" in q for q in quotes) == 1 and any("420人次" in q for q in quotes), quotes


def test_a_negated_mention_out_of_scope_says_both(pack):
    from scorer.engine import score_text

    text = doc(MEASURES, "组织执法培训3期。", "二、存在的不足", "本局至今未聘请法律顾问，合同审查力量不足。")
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "legal_adviser"]
    assert any("不在检查范围内（位于「二、存在的不足」），且被否定（「未」）" in n for n in item.explanation), item.explanation
    plain = doc(MEASURES, "组织执法培训3期。", "二、存在的不足", "法律顾问审查合同的时效偏慢。")
    (item,) = [i for i in score_text(plain, pack, explain=True).items if i.id == "legal_adviser"]
    assert any("不在检查范围内（位于「二、存在的不足」）" in n and "被否定" not in n for n in item.explanation), item.explanation
    # a plan's year is no negation (2024年，…… in the plan of a report on 2023)
    planned = doc(MEASURES, "组织执法培训3期。", "二、2024年工作打算", "2024年，我局将聘请常年法律顾问。")
    (item,) = [i for i in score_text(planned, pack, explain=True).items if i.id == "legal_adviser"]
    assert any("不在检查范围内" in n for n in item.explanation) and not any("被否定" in n for n in item.explanation), item.explanation
    # a rule that takes negated wording (causes: 由于尚未聘请……) does not call an out-of-scope mention negated
    cause = doc(MEASURES, "由于尚未聘请法律顾问，合同审查偏慢。组织执法培训3期。", "二、存在的不足", "执法人员不足。")
    (item,) = [i for i in score_text(cause, pack, explain=True).items if i.id == "shortcoming_reasons"]
    assert any("不在检查范围内" in n for n in item.explanation) and not any("被否定" in n for n in item.explanation), item.explanation


def test_the_rule_of_law_of_the_bodys_field_in_general_is_no_plan(pack):
    """我局将继续深入推进法治……建设 names no work to come."""
    general = "下一步，我局将继续深入推进法治交通建设。计划组织执法培训4期。"
    text = doc(MEASURES, "组织执法培训3期。", "二、存在的不足", "执法人员不足。培训不够。", "三、2024年工作打算", general)
    assert status(pack, "next_year_plan", text) == "fail"
    particular = general + "修订行政处罚裁量基准。"
    text = doc(MEASURES, "组织执法培训3期。", "二、存在的不足", "执法人员不足。培训不够。", "三、2024年工作打算", particular)
    assert status(pack, "next_year_plan", text) == "pass"


def test_a_deputys_actions_are_named_when_the_leaders_item_fails(pack):
    """Nothing the leader did counts: `scorer explain` names the actions another actor took (分管副局长主持……)
    even where they lie outside the leader's window."""
    from scorer.engine import score_text

    text = measures("局长认真履行推进法治建设第一责任人职责，始终把法治建设摆在全局工作的突出位置，做到与业务工作同谋划、同推进、同考核。"
                    "今年以来，分管法治工作的副局长主持召开法治建设专题会议3次。")  # fmt: skip
    (item,) = [i for i in score_text(text, pack, explain=True).items if i.id == "first_responsible_person"]
    assert item.status == "fail"
    assert any(n.startswith("另有 ") and "「主持、召开」是「分管法治工作的副局长」等其他主体的行动" in n for n in item.explanation), item.explanation
    # the detail says so too, without explain (it said only 附近没有符合要求的用词)
    (item,) = [i for i in score_text(text, pack).items if i.id == "first_responsible_person"]
    assert item.detail.endswith("；第3行的「主持、召开」是「分管法治工作的副局长」的行动，不算"), item.detail
    # not when the leader's item passes
    done = text.replace("始终把法治建设", "全年主持召开党组会议研究法治建设4次，始终把法治建设")
    (item,) = [i for i in score_text(done, pack, explain=True).items if i.id == "first_responsible_person"]
    assert item.status == "pass" and not any(n.startswith("另有 ") for n in item.explanation), item.explanation
    # nor for what a requirement asks of other actors: they are its object, not someone acting
    asked = text.replace("今年以来，分管法治工作的副局长主持召开法治建设专题会议3次。", "要将述法纳入领导班子成员年终述职内容，推动班子成员年底述法。")
    (item,) = [i for i in score_text(asked, pack, explain=True).items if i.id == "first_responsible_person"]
    assert item.status == "fail" and not any(n.startswith("另有 ") for n in item.explanation), item.explanation
    assert "的行动，不算" not in item.detail, item.detail


@pytest.mark.parametrize(
    "rule, sentence, expected",
    [
        # a contract over and not renewed (未予续签), with a cause between
        ("legal_adviser", "我局原聘请的法律顾问服务合同于2023年1月到期，受经费安排影响未予续签，合同由办公室审核。", "fail"),
        ("legal_adviser", "我局法律顾问服务合同于2023年1月到期，当月即续签，全年审查合同20份。", "pass"),
        # a catalogue the match names, still being revised and not yet issued (……尚未正式印发实施)
        ("enforcement_three_systems", "执法信息在网站公示38条，执法记录仪全程记录。重大执法决定法制审核目录清单目前仍在修订，尚未正式印发实施。", "partial"),
        ("enforcement_three_systems", "执法信息在网站公示38条，执法记录仪全程记录。重大执法决定法制审核目录清单已正式印发实施，全年审核12件。", "pass"),
        # systems still being set up or tried out, also named later in the sentence (……，相关制度尚未建立)
        ("enforcement_three_systems", "执法信息在网站公示38条。执法全过程记录和重大执法决定法制审核制度正在逐步建立。", "partial"),
        ("enforcement_three_systems", "执法信息在网站公示38条。由于人员不足，执法全过程记录和重大执法决定法制审核工作目前仍在探索中，相关制度尚未建立。", "partial"),
        # 未成年(人保护法) and 未来 are no negation
        ("xi_law_thought", "全年局党组会议学习习近平法治思想以及宪法、未成年人保护法等法律法规12次。", "pass"),
        ("xi_law_thought", "全年局党组会议未学习习近平法治思想。", "fail"),
        ("first_responsible_person", "镇党委书记、镇长认真履行法治建设第一责任人职责，做到重要工作有安排、有部署。", "fail"),
    ],
)
def test_what_is_not_in_place_or_not_negated(pack, rule, sentence, expected):
    assert status(pack, rule, measures(sentence)) == expected


# --- a measures part written as a work plan as a whole (工作要点) --------------------------------
_PLAN_LIKE = [
    "（一）加强组织领导",
    "（1）要把法治政府建设纳入本局年度工作总体布局，与业务工作同部署、同推进。",
    "（2）要坚持领导干部学法制度，推动会前学法常态化、制度化。",
    "（二）规范行政执法",
    "（1）要严格执行行政处罚裁量基准，杜绝随意执法和选择性执法。",
    "（2）要定期组织执法人员参加法律知识和业务技能培训，提升执法水平。",
    "（三）强化权力监督",
    "1.持续深化信息公开，坚持以公开为常态、不公开为例外，及时主动公开本部门政策文件和项目资金等信息。",
]


def test_a_part_written_as_a_plan_reports_no_practice_in_its_undone_paragraphs(pack):
    # the open-government paragraph has no 要 of its own, but the part around it reports nothing done
    assert status(pack, "open_government", doc(MEASURES, *_PLAN_LIKE)) == "fail"


def test_a_part_written_as_a_plan_reports_no_practice_in_its_sub_headings(pack):
    # a sub-heading naming a topic, over a paragraph that reports nothing done, in a part written as a plan
    topic = ["（四）深化放管服改革，持续优化营商环境", "深入推进审批服务便民化，及时更新办事指南，保障群众办事便利。"]
    assert status(pack, "business_environment", doc(MEASURES, *_PLAN_LIKE[:-1], *topic)) == "fail"
    # the same heading where the part reports what was done names the practice
    done = ["（一）加强组织领导", "（1）局党组召开专题会议4次，研究部署法治政府建设工作。", "（2）全年组织会前学法12次。",
            "（二）规范行政执法", "（1）全年办理行政处罚案件36件，组织执法培训3期。"]  # fmt: skip
    assert status(pack, "business_environment", doc(MEASURES, *done, *topic)) == "pass"


def test_a_part_written_as_a_plan_keeps_what_it_reports_done(pack):
    done = _PLAN_LIKE[:-1] + ["1.持续深化信息公开，全年在门户网站主动公开政策文件和项目资金等信息126条。"]
    assert status(pack, "open_government", doc(MEASURES, *done)) == "pass"
    # ... and zero activity is a fact reported, not a plan (未发生……行政复议案件)
    zero = _PLAN_LIKE + ["2.本年度本局未发生以本局为被申请人的行政复议案件，也无行政应诉案件。"]
    assert status(pack, "administrative_reconsideration", doc(MEASURES, *zero)) == "pass"


def test_a_number_named_in_quotes_is_nothing_done(pack):
    # “12345”热线 names a hotline: the paragraph of a part written as a plan still reports nothing done
    hotline = ["（四）化解矛盾纠纷", "1.依法做好行政复议工作，依托“12345”便民热线及时回应群众关切，积极配合复议机关开展工作。"]
    assert status(pack, "administrative_reconsideration", doc(MEASURES, *_PLAN_LIKE, *hotline)) == "fail"
    counted = ["（四）化解矛盾纠纷", "1.依法做好行政复议工作，全年办理“12345”热线工单320件，办理行政复议案件2件。"]
    assert status(pack, "administrative_reconsideration", doc(MEASURES, *_PLAN_LIKE, *counted)) == "pass"


def test_thematic_parts_written_as_a_plan_are_judged_together(pack):
    # a paragraph under each topic's own heading (一、…… 二、…… 三、……): each part alone is too short to judge, the run of
    # them is a plan as a whole, and its undone paragraph on open government reports nothing
    plan_like = ["一、加强组织领导", "要把法治政府建设纳入本局年度工作总体布局，与业务工作同部署、同推进。",
                 "二、规范行政执法", "要严格执行行政处罚裁量基准，杜绝随意执法和选择性执法。",
                 "三、强化权力监督", "坚持依法依规公开，及时主动公开本部门政策文件和项目资金等信息，接受社会监督。"]  # fmt: skip
    assert status(pack, "open_government", doc(*plan_like)) == "fail"
    done = ["一、加强组织领导", "局党组召开专题会议4次，研究部署法治政府建设工作。", "二、规范行政执法", "全年办理行政处罚案件36件，组织执法培训3期。",
            plan_like[4], plan_like[5]]  # fmt: skip
    assert status(pack, "open_government", doc(*done)) == "pass"


def test_a_cited_documents_number_is_nothing_done(pack):
    # 〔2025〕14号 numbers a notice followed: the paragraph of a part written as a plan still reports nothing done
    cited = ["（四）规范执法行为", "1.按照市局《关于规范行政执法的通知》（某执发〔2023〕6号）精神，全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。"]
    assert status(pack, "enforcement_three_systems", doc(MEASURES, *_PLAN_LIKE, *cited)) == "fail"
    counted = ["（四）规范执法行为", "1.按照市局通知（某执发〔2023〕6号）精神，全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年公示执法信息86条。"]
    assert status(pack, "enforcement_three_systems", doc(MEASURES, *_PLAN_LIKE, *counted)) == "pass"


def test_a_part_of_practice_keeps_a_paragraph_without_figures(pack):
    # most paragraphs report something done: the one without a figure is practice too
    practice = [
        "（一）加强组织领导",
        "（1）局党组召开专题会议4次，研究部署法治政府建设工作。",
        "（2）全年组织会前学法12次，班子成员交流发言20人次。",
        "（二）规范行政执法",
        "（1）严格执行行政处罚裁量基准，全年办理行政处罚案件36件。",
        "（2）组织执法人员参加法律知识培训3期，培训120人次。",
        "（三）强化权力监督",
        "1.深化政务公开，坚持以公开为常态、不公开为例外，及时主动公开本部门政策文件和项目资金等信息。",
    ]
    assert status(pack, "open_government", doc(MEASURES, *practice)) == "pass"


def test_zero_activity_is_matched_where_the_cue_ends():
    # ZERO_ACTIVITY is used as .match(text, pos) at a cue's end: a ^ would never match there
    from scorer.matching.lexicon import ZERO_ACTIVITY, _clause_not_in_place

    text = "行政复议方面，本局全年尚未发生行政复议案件"
    assert ZERO_ACTIVITY.match(text, text.index("未") + 1) is not None
    # a later clause saying none happened is zero activity, not "not in place"
    assert _clause_not_in_place(text, 0, len(text), zero_ok=True) is None
    assert _clause_not_in_place(text, 0, len(text), zero_ok=False) is not None


@pytest.mark.parametrize("label", ["", "1.", "（1）", "2、"])
def test_an_arabic_item_label_is_no_figure_of_a_work_plans_sentence(pack, label):
    # the 1 of 1. is not something done: the sentence is a work plan's, labelled or not
    text = doc(MEASURES, "全年办理行政许可案件120件。", f"{label}持续深化政务公开，不断加大信息公开力度。", "组织执法培训3期。")
    assert status(pack, "open_government", text) == "fail"


def test_a_figure_a_requirement_asks_for_is_no_result(pack):
    asked = "要确保投诉举报核查率100%、查处率100%，群众满意率达到95%以上。"
    assert status(pack, "quantified_results", measures(asked)) == "fail"
    # a clause after the requirement that reports what was done counts
    reported = "执法公示必须及时准确，全年公示执法信息63条，培训执法人员30人次，办理案件20件。"
    assert status(pack, "quantified_results", measures(reported)) == "pass"


def test_a_hotlines_number_is_no_count_of_people(pack):
    # 12333人社服务热线: the 人 is the 人社 of the hotline's name
    text = measures("依托12333人社服务热线解答群众咨询，全年办理行政许可案件120件，组织执法培训3期。")
    assert status(pack, "quantified_results", text) == "partial"
    assert status(pack, "quantified_results", measures("全年培训执法人员120人，办理案件30件，发布信息50条。")) == "pass"


def test_not_one_left_unreviewed_is_a_double_negative(pack):
    # 没有一件……未经法制审核: every one was reviewed
    text = measures("执法信息在网站公示38条；执法记录仪全程记录；全年没有一件重大执法决定未经法制审核就作出。")
    assert status(pack, "enforcement_three_systems", text) == "pass"


def test_a_double_negative_reaches_no_further_than_its_sentence(pack):
    # the lapse found in files, a sentence before the double negative, stays negated
    text = measures("执法信息在网站公示38条。评查案卷60卷，无音像记录。全年未发生重大执法决定未经法制审核的情况。")
    assert status(pack, "enforcement_three_systems", text) == "partial"


def test_a_system_named_by_an_items_label_and_said_to_be_drafted_is_not_in_place(pack):
    # 五是推动……法制审核制度建设。目前该制度仍在起草过程中: the label names it, the sentence says it is not there
    text = measures("执法信息在网站公示38条；执法记录仪全程记录。五是推动重大执法决定法制审核制度建设。目前该制度仍在起草过程中，重大执法决定暂由局务会议讨论决定。")
    assert status(pack, "enforcement_three_systems", text) == "partial"


def test_a_requirement_passed_on_after_what_the_leader_did_leaves_it_done(pack):
    # ……带头讲授……专题党课，要求全局干部……做到……: the 要求 asks the staff for more; the lecture was given
    done = measures("6月，局长在理论学习中心组学习会上带头讲授习近平法治思想专题党课，要求全局干部在监管中做到依法办事。")
    assert status(pack, "xi_law_thought", done) == "pass"
    # a requirement passed on before the match still makes it one (印发……通知，要求各科室认真学习……)
    asked = measures("局党组印发通知，要求各科室认真学习习近平法治思想。")
    assert status(pack, "xi_law_thought", asked) == "fail"


@pytest.mark.parametrize(
    "rule, text, expected",
    [
        # ……，要求各级行政机关支持……: others are asked to support it; nothing the body did
        ("administrative_reconsideration", "贯彻新修订的行政复议法，要求各级行政机关支持行政复议工作，依法履行行政复议决定。", "fail"),
        ("administrative_reconsideration", "全年办理行政复议案件12件，各级行政机关依法履行行政复议决定。", "pass"),
        # ……执法记录仪等设备正在按程序申请配备: not in place; bought and used, it is
        ("enforcement_three_systems", "执法信息在网站公示38条；重大执法决定均经法制审核。执法记录仪等音像设备正在按程序申请配备。", "partial"),
        ("enforcement_three_systems", "执法信息在网站公示38条；重大执法决定均经法制审核。执法记录仪12台已按程序采购配备，全程记录执法过程。", "pass"),
        # 此外，2022年，镇党委书记曾……述法 (a report on 2023): that year's, not the year reported on
        ("shufa", "此外，2022年，镇党委书记曾作为全市首批试点单位的主要负责人在市委会议上现场述法。", "fail"),
        ("shufa", "此外，2023年，镇党委书记在全县述法评议会上现场述法。", "pass"),
        # ……担任法律顾问，聘期内共审查合同9份，……，聘期已于2022年12月届满: the adviser served before the year reported on; a
        # term ending in it, or renewed in the same sentence, served then
        ("legal_adviser", "乡政府于2021年3月聘请一名律师担任法律顾问，聘期内共审查合同9份，聘期已于2022年12月届满。", "fail"),
        ("legal_adviser", "乡政府于2021年3月聘请一名律师担任法律顾问，聘期内共审查合同9份，聘期已于2023年12月届满。", "pass"),
        ("legal_adviser", "乡政府聘请一名律师担任法律顾问，全年审查合同9份，聘期已于2022年12月届满后续签三年。", "pass"),
        # 在法律顾问工作方面，……，……，但受……限制，至今还没有……签订聘用协议: the whole sentence is about the topic; a later
        # sentence's lack is another matter
        ("legal_adviser", "在法律顾问工作方面，镇里作了一些探索，重大合同由司法所把关审查，但受经费限制，至今还没有与律师事务所签订聘用协议。", "fail"),
        ("legal_adviser", "在法律顾问工作方面，镇里聘请一名律师担任法律顾问，全年审查合同12份。部分村至今还没有签订法律顾问协议。", "pass"),
    ],
)
def test_found_by_rounds_912_to_941(pack, rule, text, expected):
    assert status(pack, rule, measures(text)) == expected


def test_a_paragraphs_plan_worded_label_is_judged_by_what_it_heads(pack):
    # 持续……。 opens its paragraph as a label: what follows says whether anything was done
    done = "持续深入学习宣传贯彻习近平法治思想。党组理论学习中心组全年集中开展专题学习5次，组织干部参加网上学法考试。"
    assert status(pack, "xi_law_thought", doc(MEASURES, "全年办理行政许可案件120件。", done)) == "pass"
    # a label heading a paragraph that itself reports nothing done stays a work plan's
    undone = "持续深入学习宣传贯彻习近平法治思想。不断加强党组理论学习中心组专题学习，进一步提升干部法治素养。"
    assert status(pack, "xi_law_thought", doc(MEASURES, "全年办理行政许可案件120件。", undone)) == "fail"


def test_public_lawyers_to_be_chosen_from_the_bodys_staff_are_not_in_place(pack):
    # 拟从……选任: still to be chosen when the report was written
    planned = "全年办理行政许可案件120件。拟从法制、执法科室选任公职律师2名，目前已完成资格审查。"
    assert status(pack, "legal_adviser", measures(planned)) == "fail"
    chosen = "全年办理行政许可案件120件。从法制、执法科室选任公职律师2名，全年审查合同16份。"
    assert status(pack, "legal_adviser", measures(chosen)) == "pass"


def test_no_application_naming_the_body_as_respondent_is_a_zero_count(pack):
    # ……受理的行政复议申请中没有以我局为被申请人的: none was made against the body — reconsideration reported as zero
    zero = "全年办理行政许可案件120件。县司法局全年受理的行政复议申请中没有以本局为被申请人的。"
    assert status(pack, "administrative_reconsideration", measures(zero)) == "pass"
    # ... nor said as not one, its clause ending there (……的复议申请没有一件)
    none = "全年办理行政许可案件120件。以本局为被申请人的复议申请没有一件，本局作为被告的行政诉讼案件2件。"
    assert status(pack, "administrative_reconsideration", measures(none)) == "pass"
    # ... not a system said not to be in place (本局没有建立行政复议应诉工作机制)
    missing = "全年办理行政许可案件120件。本局没有建立行政复议应诉工作机制。"
    assert status(pack, "administrative_reconsideration", measures(missing)) == "fail"


def test_a_copied_sentence_found_twice_over_is_told_once(pack):
    # a sentence of long clauses written again under another heading: its clauses said twice and the whole sentence said
    # twice widen to the same place — one repeat (1处重复), not the same line told twice (2处重复；另见 the same line)
    from scorer.engine import score_text

    # (the middle clause a list of short items, longer than the gap two copied clauses are joined over)
    copy = "通过以案说法、法治文艺演出等群众喜闻乐见的方式，引导群众办事依法、遇事找法、解决问题用法、化解矛盾靠法，全镇群众的法治意识明显提升"
    text = doc(MEASURES, f"（一）普法宣传。全年开展普法活动12场。{copy}。", f"（二）队伍建设。全年培训调解员40人次。{copy}。")
    (item,) = [i for i in score_text(text, pack).items if i.id == "duplicate_text"]
    assert item.status == "fail" and item.detail.startswith("1处重复：第4行「") and "另见" not in item.detail, item.detail


def test_a_system_whose_document_is_still_being_drafted_is_not_in_place(pack):
    # 仍处于制度起草阶段 (the stage of its document named): still being made, as 仍处于起草阶段
    text = measures("全年公示执法信息63条，执法全过程记录案件12件。重大执法决定法制审核制度目前仍处于制度起草阶段。")
    assert status(pack, "enforcement_three_systems", text) == "partial"


def test_what_is_to_be_done_by_someone_named_is_planned(pack):
    # 拟由……: still to come when the report was written, whoever is named to do it
    planned = "我局已将述法工作纳入年终考核方案，拟由局长在年终总结大会上述法。"
    assert status(pack, "shufa", measures(planned)) == "fail"
    assert status(pack, "first_responsible_person", measures(planned)) == "fail"
    # ... but not a thing named by what was to be done with it (对拟由……作出的……): the review was done
    reviewed = "局长主持召开局务会议，对拟由我局作出的3件重大行政处罚决定进行集体讨论，并在年终总结大会上述法。"
    assert status(pack, "shufa", measures(reviewed)) == "pass"


def test_a_work_said_in_its_sentence_to_be_under_way_before_a_promise_is_not_done(pack):
    # the other match of the sentence says the adviser is still being chosen, and a promise (力争) after it is the cue found
    # first for it: what its own clause says still denies the slogan before it (持续加强……法律顾问队伍建设)
    slogan = "三是持续加强乡法律顾问队伍建设，乡法律顾问选聘工作正在按程序推进，力争年内完成聘任工作。"
    assert status(pack, "legal_adviser", measures(slogan)) == "fail"
    # ... but an adviser engaged in the sentence, before the promise, counts
    engaged = "三是持续加强乡法律顾问队伍建设，聘请律师2名担任乡政府法律顾问，力争重大决策法律审查全覆盖。"
    assert status(pack, "legal_adviser", measures(engaged)) == "pass"


def test_what_a_cited_document_is_issued_for_is_no_practice(pack):
    # the clause before a document's title that says what it is issued for (为加强……法律顾问工作，制定了《……》) is the
    # document's purpose, as its title is the document's: an adviser's rules on paper, none engaged
    issued = "为加强镇政府法律顾问工作，印发了《某镇法律顾问工作规则》（某政办发〔2023〕12号），明确了法律顾问的职责。"
    assert status(pack, "legal_adviser", measures(issued)) == "fail"
    # ... but a practice told after it counts
    done = issued + "全年聘请律师事务所律师2名担任镇政府法律顾问，审查合同31份。"
    assert status(pack, "legal_adviser", measures(done)) == "pass"


def test_what_a_cited_document_lays_down_is_no_practice(pack):
    # the clause after a document's title that says what it lays down (……办法》（……号），对……的内容、……的范围和程序作出了规定) is
    # the document's words, as its title is: the systems on paper only, none practised
    laid_down = ("2023年3月，我乡印发了《某乡行政执法三项制度实施办法》（某政发〔2023〕7号），对行政执法公示的内容、执法全过程记录的方式、"
                 "重大执法决定法制审核的范围和程序作出了规定。")
    assert status(pack, "enforcement_three_systems", measures(laid_down)) == "fail"
    # ... but a clause of its own after the document, practice told, counts
    done = laid_down + "全年在县政府网站公示行政处罚决定12件，执法全过程记录案件12件，对3件重大执法决定进行了法制审核。"
    assert status(pack, "enforcement_three_systems", measures(done)) == "pass"
