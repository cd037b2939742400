"""Injected fragments: what is removed, and the legitimate foreign text that must stay."""

import pytest

import cleantext

FEED = ("<item><title>SoftEther VPN diary</title><link>http://example.org/a.php</link>\n"
        "<description>Notes on tunnels, routing tables, firewalls and the long drive home "
        "from the campus, written up for the lab wiki and the reading group. ")


@pytest.mark.parametrize("text", [
    # Japanese prose in a mostly-Latin XML feed, cut by a length limit right after it (glued to
    # "RSS", as Japanese writes Latin words into its own: longer than an injected keyword)
    FEED + "いかにRSSのあるネット生活が効率良くて便利なものか",
    # glued to fullwidth Latin (ＴＸ), which is East Asian text, not the Latin host
    FEED + "\n実際に、筑波大学を出るところからＴＸの駅まで\nthe end.",
    # a long foreign sentence glued to a line is prose, not an injected keyword
    FEED + "\nRSSのあるネット生活が効率良くて便利なものかをアピールするため\nthe end.",
    # a native-script name in parentheses, a quoted foreign phrase
    "The minister (김민석) said the talks went well.\nHe called it “一期一会” and smiled.\n",
])
def test_legitimate_foreign_text_stays(text):
    assert cleantext.repair(text).text == text


def test_a_short_spam_run_glued_to_a_line_is_removed():
    text = ("The delegation arrived on Tuesday and met the minister for talks on trade.\n"
            "바다이야기슬롯President Lee said he hoped for a shared future.\n"
            "Both sides agreed to meet again next year in Seoul.")
    assert cleantext.repair(text).text == text.replace("바다이야기슬롯", "")


def test_host_in_a_script_we_do_not_model_is_left_alone():
    # found by hypothesis: a Tai Tham host built an invalid \p{Script=Other} pattern and raised
    for text in ["ᨠA", "ᨠᨡᨢᨣ\n카지노ᨠᨡ"]:
        assert cleantext.repair(text).text == text
        assert cleantext.validate(text) == []


@pytest.mark.parametrize(("damaged", "clean"), [
    # glued after a line's full stop, with digits on its end (benchmarks/fragments.py shapes)
    ("Leaders met on Tuesday in the ancient capital of Nara.먹튀사이트77\nThey spoke for an hour.",
     "Leaders met on Tuesday in the ancient capital of Nara.\nThey spoke for an hour."),
    ("Leaders met on Tuesday in the ancient capital of Nara.\n슬롯사이트 추천99They spoke "
     "for an hour.", "Leaders met on Tuesday in the ancient capital of Nara.\nThey spoke for "
     "an hour."),
])
def test_fragments_glued_to_line_ends_with_digits(damaged, clean):
    assert cleantext.repair(damaged).text == clean


@pytest.mark.parametrize(("text", "fragment"), [
    # a few unlisted words glued to a line's last word, longer than one keyword
    ("Mark Bond is a communication director and a magazine editor who has worked for "
     "newspapers, galleries and publishers across the north of England for twenty years.\n"
     "Principal and magazine editor.сравнение мотоцикл бровь\nHe lives in Leeds with his "
     "family and two dogs.", "сравнение мотоцикл бровь"),
    # glued to the last word of the document: its end is a line end
    ("The delegation arrived on Tuesday and met the minister for talks on trade.\n"
     "Both sides agreed to meet again next year in Seoul.바다이야기", "바다이야기"),
])
def test_glued_runs_are_removed(text, fragment):
    assert cleantext.repair(text).text == text.replace(fragment, "")


@pytest.mark.parametrize("text", [
    # Han and Kana share words, as Han and Hangul do, but Japanese text holds no Hangul
    "東京都内の公園では、多くの人々が散歩を楽しんでいました。\n바다이야기気象庁によると、"
    "週末まで晴れの日が続く見込みです。",
    # a Chinese page in XML: its tags hold more Latin letters than its prose holds Han
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>北京市的公园'
    "</title><description>许多市民正在散步。气象部门表示，晴朗的天气将持续到周末。\n"
    "바다이야기北京市的公园里有很多人。</description></channel></rss>",
])
def test_fragments_foreign_to_the_writing_system_of_the_prose(text):
    assert cleantext.repair(text).text == text.replace("바다이야기", "")


def test_cdata_prose_is_prose_not_markup():
    # a Korean feed whose text stands in CDATA sections: had they been taken for markup, its
    # host would be Latin and every Hangul word at a line end a fragment
    text = ('<?xml version="1.0" encoding="EUC-KR"?>\n<rss version="2.0"><channel><item>\n'
            "<title>Silva Method Korea</title>\n<description><![CDATA[실바 메서드 코리아(Silva "
            "Method Korea)에서는\n2003년 업 그레이드된 강의를\n새롭게 시작합니다.]]>"
            "</description>\n</item></channel></rss>")
    assert cleantext.repair(text).text == text


@pytest.mark.parametrize("text", [
    # Korean and Japanese glue Latin words to their own
    "윈도우 업데이트 후에 문제가 생겼다.\nWindows는 다시 시작해야 한다고 말했다.\n끝.",
    # a user name mixing Latin and Greek, a Latin H for the Greek Η (chardet's Greek corpus)
    "Η Μαρία είπε ότι θα έρθει αύριο το πρωί με τα παιδιά της και τον σύζυγό της.\n"
    "MarwΜew\nH Μαρία αυτή την εβδομάδα ήταν πολύ απασχολημένη με τη δουλειά.",
])
def test_latin_glued_to_other_writing_stays(text):
    assert cleantext.repair(text).text == text
