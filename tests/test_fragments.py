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


def test_a_line_of_japanese_in_a_korean_page_stays():
    # its Hiragana and Katakana are each a minority of the page's letters, and the kana that
    # start the line are followed by Han, which Korean writes too: judged script by script,
    # "ささやきコミュニティ" was a fragment glued to the line's start (found by hypothesis)
    text = ("파주시 수원시 권선구 팔달구. 영통구 성남시 수정구 중원구. "
            "화성시 분당구 안양시 만안구.\n"
            "ささやきコミュニティ隠す葉。陶器錯覚バーゲンリニア。コーラス仕上げ叔父移動。")
    assert cleantext.repair(text).text == text


KOREAN_LINES = ("서울시는 올해 공공 도서관 열 곳을 새로 열기로 했다고 밝혔다.\n"
                "시민들은 주말에도 책을 빌릴 수 있게 된다.\n"
                "도서관마다 어린이 열람실과 작은 강당이 마련된다.")


@pytest.mark.parametrize("fragment", ["这些问题", "网站下载", "购买会员"])
@pytest.mark.parametrize("where", ["line-start", "split-word"])
def test_chinese_that_korean_does_not_write_is_a_fragment_in_korean_text(fragment, where):
    # Korean writes Han as Hanja, in traditional forms (KS X 1001, Big5): a Han word with a
    # simplified character is Chinese, foreign to the host, though Han is Korean's script too
    cut = KOREAN_LINES.index("시민들은") if where == "line-start" else KOREAN_LINES.index("들은")
    text = KOREAN_LINES[:cut] + ("" if where == "line-start" else "\n") + fragment + (
        "" if where == "line-start" else " ") + KOREAN_LINES[cut:]
    assert cleantext.repair(text).text == KOREAN_LINES


@pytest.mark.parametrize("text", [
    # Hanja glued to Korean particles, at a line's start and end, and a simplified name in
    # parentheses
    KOREAN_LINES.replace("시민들은", "大韓民國 市民들은").replace("마련된다.", "마련된다.圖書館"),
    KOREAN_LINES.replace("서울시는", "習近平(习近平) 주석과 서울시는"),
])
def test_hanja_in_korean_text_stays(text):
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


BULGARIAN = ("Курсът е предназначен за тези от вас, които искат да научат повече за грима.\n"
             "Ще ви покажем как да правите сватбения грим сами, бързо и без много разходи.\n"
             "Записването става по телефона или на място в нашето студио в центъра.")


THAI = ("วันนี้อากาศดีมาก เราจึงไปเดินเล่นที่สวนสาธารณะใกล้บ้านกับครอบครัวเมื่อวานนี้\n"
        "ในสวนมีต้นไม้ใหญ่และสระน้ำ เด็ก ๆ ชอบให้อาหารปลาที่นั่นมากครับ\n"
        "ตอนเย็นเรากลับบ้านและทำอาหารเย็นด้วยกันอย่างมีความสุข")
CHINESE = ("今天天气很好，我们一家人去公园散步。\n"
           "公园里有很多老人在锻炼身体，孩子们在草地上玩耍。\n傍晚我们回家一起做饭，大家都很开心。")


@pytest.mark.parametrize(("text", "fragment"), [
    # lowercase English words glued to the first word of a Cyrillic line: no Latin vocabulary
    # of ours, but no writer glues Latin words to Cyrillic ones
    (BULGARIAN.replace("Ще ви", "pattern similar sceneЩе ви"), "pattern similar scene"),
    # or cutting a Cyrillic word
    (BULGARIAN.replace("сватбения", "сват\nagent student бения"), "\nagent student "),
    # numbered words of another script dropped between words: how spam numbers its keywords
    (BULGARIAN.replace("предназначен за", "предназначен 朋友大小66 за"), "朋友大小66 "),
    (BULGARIAN.replace("нашето студио", "нашето เย็น2 студио"), "เย็น2 "),
    (BULGARIAN.replace("нашето студио", "нашето คู่57 студио"), "คู่57 "),  # one letter, two marks
    # numbered, it may hold a few words, as a glued run may (17 letters had been prose)
    (BULGARIAN.replace("за", "за 학교 도서관 운동장 고양시청 일산서구 대화동7", 1),
     " 학교 도서관 운동장 고양시청 일산서구 대화동7"),
    # cutting a word in capitals, where the capital after it does not open a sentence
    (BULGARIAN.upper().replace("СВАТБЕНИЯ", "СВАТ\n태백시 팔달구 БЕНИЯ"), "\n태백시 팔달구 "),
    # several lowercase words dropped between words: strung keywords (one is a word talked
    # about, and quoted or capitalised ones are a phrase or a name, see below)
    (BULGARIAN.replace("предназначен за", "предназначен 학동 서천군 양재천 за"),
     "학동 서천군 양재천 "),
    (BULGARIAN.replace("предназначен за", "предназначен 不同上海以上 за"), "不同上海以上 "),
    # Latin ones, between words, only with digits: Latin phrases stand in every script's prose
    (BULGARIAN.replace("предназначен за", "предназначен fund model matter40 за"),
     "fund model matter40 "),
    # a Thai vowel sign (a mark, not a letter) ends the word the run is glued to
    (THAI.replace("นี้\n", "นี้영등포구30\n", 1), "영등포구30"),
], ids=["latin-glued-to-line-start", "latin-cutting-a-word", "han-numbered", "thai-numbered",
        "thai-numbered-with-marks", "numbered-words", "cutting-a-word-in-capitals",
        "phrase-between-words", "han-longer-than-a-word", "latin-numbered-phrase",
        "glued-to-a-mark"])
def test_unlisted_runs_placed_as_spam_is_are_removed(text, fragment):
    assert cleantext.repair(text).text == text.replace(fragment, "", 1)


def test_a_run_in_a_line_of_its_own_language_is_not_between_the_hosts_words():
    # a bilingual page, its Korean line holding two Latin letters: the Hangul words between
    # them are that line's prose, not strung keywords dropped into the English
    text = ("The committee met on Tuesday and agreed on the budget for next year after a long "
            "debate about schools, roads and the new library.\n"
            "서울시 강남구 역삼동 A 삼성동 논현동 청담동 B 지역입니다.\n")
    assert cleantext.repair(text).text is text


def test_the_shape_that_makes_a_run_spam_is_its_evidence():
    fixed = cleantext.repair(BULGARIAN.replace("за", "за 학동 서천군 양재천", 1))
    assert "several words" in fixed.edits[0].evidence
    fixed = cleantext.repair(BULGARIAN.replace("за", "за 朋友大小66", 1))
    assert "numbered" in fixed.edits[0].evidence


@pytest.mark.parametrize(("text", "fragment"), [
    (CHINESE.replace("散步。\n", "散步。defense across\n"), "defense across"),
    (THAI.replace("\nในสวน", "\nweek middleในสวน"), "week middle"),
], ids=["chinese-line-end", "thai-line-start"])
def test_a_latin_phrase_glued_into_writing_that_glues_latin_words_is_removed(text, fragment):
    # Chinese, Japanese, Korean and Thai glue single Latin words and names to their own, not a
    # lowercase phrase
    assert cleantext.repair(text).text == text.replace(fragment, "")


def test_a_run_is_judged_against_the_text_without_it():
    # the host's own Latin words are just under the minority share; the glued run, counted in,
    # tipped it over, and a spam word glued to a line's end stayed
    host = ("서울시는 올해 공공 도서관 열 곳을 새로 열기로 했다고 밝혔다 (Seoul).\n"
            "시민들은 주말에도 책을 빌릴 수 있게 된다.\n"
            "도서관마다 어린이 열람실과 작은 강당이 마련된다.")
    text = host.replace("된다.\n", "된다.million sportsbook\n", 1)
    assert cleantext.repair(text).text == host


@pytest.mark.parametrize("text", [
    # a capitalised name opening a line, after a line that ends in a word (chardet's Russian)
    BULGARIAN.replace(".\nЩе ви покажем", " на безопасности\nFord ще ви покажем"),
    # a foreign word opening a line before a capital, after a line that ends in a word
    BULGARIAN.replace(".\nЩе ви покажем", " на безопасности\n서울 Ще ви покажем"),
    # a domain's ending after a full stop at a line's end
    BULGARIAN.replace("грима.\n", "грима.com\n"),
    # a foreign word talked about, and a Greek symbol with an index, between words
    BULGARIAN.replace("предназначен за", "предназначен 사랑 за"),
    BULGARIAN.replace("предназначен за", "предназначен α1 за"),
    # a capitalised phrase (a name, a title, a slogan) or a Han word of four characters (an
    # idiom) between words, and a Latin phrase without digits, as in chardet's Hebrew blog
    BULGARIAN.replace("предназначен за", "предназначен Καλή Χρονιά за"),
    BULGARIAN.replace("предназначен за", "предназначен 天人合一 за"),
    BULGARIAN.replace("предназначен за", "предназначен to travel life за"),
    # Chinese and Thai glue Latin words and names to their own: a numbered word, a name
    CHINESE.replace("\n公园", "\npython3的公园"),
    CHINESE.replace("\n公园", "\niTunes Music Store公园"),
    THAI.replace("ครับ\n", "ครับWindows XP\n"),
], ids=["name-opening-a-line", "foreign-word-opening-a-line", "domain-ending",
        "word-talked-about", "symbol-with-index", "capitalised-phrase", "han-idiom",
        "latin-phrase", "glued-numbered-word", "glued-name", "glued-name-at-line-end"])
def test_names_and_words_at_the_edges_of_the_placement_rules_stay(text):
    assert cleantext.repair(text).text == text


# --- recurrence across a corpus (corpus mode) ---

ENGLISH_LINES = [
    "The council met on Tuesday to discuss the new budget for the city parks.",
    "Several members asked for more money to repair the old bridges downtown.",
    "A vote is expected next week after the public hearing closes its doors.",
]


def _page(i: int, word: str, placement: str) -> str:
    lines = [f"{line} This was page {i} here." for line in ENGLISH_LINES]
    if placement == "line-start":
        lines[i % 3] = word + lines[i % 3]
    elif placement == "line-end":
        lines[i % 3] += word
    elif placement == "between":
        lines[i % 3] = lines[i % 3].replace(" the ", f" the {word} ", 1)
    elif placement == "parentheses":
        lines[i % 3] = lines[i % 3].replace(" the ", f" the ({word}) ", 1)
    return "\n".join(lines)


def test_a_word_glued_into_several_documents_is_learned_and_then_stripped_between_words():
    from cleantext.detect.recurrence import Survey

    word = "Закладкишоп"  # in no lexicon of ours
    survey = Survey()
    for i in range(4):
        survey.add(_page(i, word, "line-start" if i % 2 else "line-end"))
    survey.add(_page(9, word, "between"))
    assert survey.terms() == {word.lower(): 4}
    page = _page(5, word, "between")
    assert cleantext.repair(page).text == page  # alone, a word between words needs vocabulary
    fixed = cleantext.repair(page, corpus_terms=survey.terms())
    assert fixed.text == _page(5, "", "none")
    assert "glued into the prose across the corpus" in fixed.edits[0].evidence
    quoted = _page(6, word, "parentheses")
    assert cleantext.repair(quoted, corpus_terms=survey.terms()).text == quoted  # a normal place


def test_a_word_mostly_standing_where_prose_puts_it_is_not_learned():
    from cleantext.detect.recurrence import Survey

    word = "Закладкишоп"
    survey = Survey()
    for i in range(3):
        survey.add(_page(i, word, "line-end"))
    for i in range(4):
        survey.add(_page(i, word, "parentheses"))
    assert survey.terms() == {}
    assert survey.terms(min_documents=4) == {}


def test_latin_words_glued_to_korean_by_grammar_are_never_learned():
    from cleantext.detect.recurrence import Survey

    survey = Survey()
    for i in range(6):
        survey.add(f"LG전자는 {i}일 새 제품을 발표했다고 밝혔다.\n회사는 올해 판매가 "
                   "크게 늘 것으로 내다봤다.\n업계에서는 경쟁이 더 치열해질 것이라는 전망이 "
                   "나온다.")
    assert survey.documents == 6
    assert survey.terms() == {}


def test_surveys_merge_as_if_counted_together():
    from cleantext.detect.recurrence import Survey

    pages = [_page(i, "Закладкишоп", "line-end") for i in range(4)]
    whole, first, second = Survey(), Survey(), Survey()
    for p in pages:
        whole.add(p)
    for p in pages[:2]:
        first.add(p)
    for p in pages[2:]:
        second.add(p)
    first.update(second)
    assert first == whole


def test_boilerplate_glued_into_the_same_place_of_many_pages_is_not_learned():
    from cleantext.detect.recurrence import Survey

    survey = Survey()
    for _ in range(10):  # one site's pages: the same header line every time
        survey.add(_page(0, "Закладкишоп", "line-start"))
    assert survey.glued["закладкишоп"] == 10
    assert survey.terms() == {}


def test_each_foreign_script_is_judged_a_minority_on_its_own():
    # a Russian feed a third Latin (addresses, dates, names) still holds a Thai fragment
    text = ("Подработка в Санкт-Петербурге: http://example.org/jobs/spb/2005/12/28 Wed Dec "
            "published by admin\nМы приглашаем студентов на работу в выходные дни.ถูกรางวัล\n"
            "Оплата каждую неделю, обучение бесплатно, график свободный.")
    fixed = cleantext.repair(text)
    assert fixed.text == text.replace("ถูกรางวัล", "")
    assert "script minority" in fixed.edits[0].evidence


@pytest.mark.parametrize("text", [
    "ПокерСтарсThe delegation arrived on Tuesday and met the minister for talks on trade.",
    "The delegation arrived on Tuesday and met the minister for talks on trade.ПокерСтарс77",
])
def test_a_run_glued_to_the_start_or_end_of_a_one_line_text_is_removed(text):
    assert cleantext.repair(text).text == text.replace("ПокерСтарс", "").replace("77", "")


def test_a_homoglyph_typed_in_a_word_is_no_fragment():
    # a Cyrillic "е" after a Latin "O", glued to a line's end in a keymap: every letter of the
    # run is printed like a Latin one
    text = "o\tү\tCYRILLIC SMALL LETTER U\nO\tҮ\tCYRILLIC CAPITAL LETTER Oе\n"
    assert cleantext.repair(text).text is text


@pytest.mark.parametrize("text", [
    # a man page's Russian line among troff's Latin macros: after ".PP", before "NIS"
    "Nor will it change the owner of any\n\\fBcrontab\\fR\nfiles or\n\\fBat\\fR\njobs "
    "manually\\&.\n.PP\nВы должны сделать все изменения NIS на сервере NIS самостоятельно\\&.\n"
    ".SH \"CONFIGURATION\"\n.PP\nThe following configuration variables in\n\\fB/etc/login.defs"
    "\\fR\nchange the behavior of this tool:\n",
    "You may not remove any NIS attributes on a NIS client\\&.\n.PP\n"
    "您不能在 NIS 客户端上移除任何 NIS 属性。这必须在 NIS 服务器上执行。\n.PP\nIf\n"
    "\\fBUSERGROUPS_ENAB\\fR\nis defined to yes in /etc/login.defs, the group is removed.\n"])
def test_a_run_at_a_line_break_of_a_line_in_its_own_language_stays(text):
    assert cleantext.repair(text).text is text


def test_a_run_opening_a_line_of_hard_wrapped_prose_is_between_words():
    # a man page filled to a width breaks its lines between words: "тексту\nterminfo і" is two
    # words, not one cut in two; between words a lowercase Latin word stays
    text = ("Ця команда впливає на використання можливостей показу напівжирного тексту\n"
            "terminfo і змінює область резюме та область завдань для\n"
            "виділення тексту, коли вона використовується у поєднанні з\n"
            "іншими командами, які змінюють вигляд цього вікна та\n"
            "всіх інших вікон, відкритих у поточному сеансі роботи\n")
    assert cleantext.repair(text).text is text


@pytest.mark.parametrize("text", [
    # a source file's Chinese comments: the code makes the host Latin
    "class Provider(PersonProvider):\n    def first_romanized_name_male(self) -> str:"
    "  # 只有jp有實作\n        return self.random_element(self.first_names_male)\n\n"
    "    def first_romanized_name_female(self) -> str:  # 只有jp有實作\n"
    "        return self.random_element(self.first_names_female)\n",
    # a menu translation file: each line a command and its translation
    "  menutrans Next\\ Match<tab>:Nexplore 下一个匹配项<tab>:Nexplore\n"
    "  menutrans Prev\\ Match<tab>:Pexplore 上一个匹配项<tab>:Pexplore\n  \" }}}\n"
    "  menutrans Make\\ Subdirectory<tab>d 新建子目录<tab>d\n"
    "  menutrans Marked\\ Files 选定的(Marked)文件\n"
    "  \" Netrw.Marked Files menuitems {{{2\n"
    "  menutrans Hide-Show-List\\ Control<tab>a 隐藏/显示<tab>a\n"
    "  menutrans Copy\\ To\\ Target<tab>mc 复制到目标<tab>mc\n"
    "  menutrans Delete<tab>D 删除<tab>D\n"])
def test_a_run_glued_to_a_word_that_goes_on_in_its_script_stays(text):
    assert cleantext.repair(text).text is text


def test_letters_listed_between_words_are_no_strung_keywords():
    # single letters between spaces are an alphabet listed, not several spam words
    text = ("%    <U06A9> <S06A9>;<BASE>;<MIN>;<U06A9> % ARABIC LETTER KEHEH\n%\n"
            "% So we make ڪ ګ ك ڬ ڭ ڮ sort like <S06A9> with secondary differences:\n"
            '<U06AA> <S06A9>;"<BASE><VRNT1><VRNT1>";<MIN>;<U06AA> % ARABIC LETTER SWASH KAF\n'
            '<U06AB> <S06A9>;"<BASE><VRNT1><VRNT2>";<MIN>;<U06AB> % ARABIC LETTER KAF WITH RING\n')
    assert cleantext.repair(text).text is text


def test_a_word_glued_in_a_document_that_writes_its_script_apart_stays():
    # a bilingual menu: each entry's translation stands apart after a tab, and one is glued
    # to a Latin word ("tags作成", create tags). The document writes Japanese itself
    entries = [("&New", "新規作成"), ("&Open", "開く"), ("&Save", "保存"),
               ("Save\\ &As", "名前を付けて保存"), ("&Close", "閉じる"), ("&Print", "印刷"),
               ("E&xit", "終了"), ("&Undo", "元に戻す")]
    text = "".join(f"menutrans {en}\t\t{ja}\n" for en, ja in entries)
    text += "tmenu ToolBar.RunCtags\ttags作成\ntmenu ToolBar.Help\tVim ヘルプ\n"
    assert cleantext.repair(text).text == text
    # the same glued word with no other Japanese in the document is a fragment still
    lone = "menutrans &New\t\tNew file\ntmenu ToolBar.RunCtags\ttags作成\n"
    assert cleantext.repair(lone).text != lone


def test_utf8_shown_by_a_wrong_decoder_is_damage_not_a_fragment():
    # "£2" read as windows-1251 is "ВЈ2": Cyrillic, numbered, between words, as spam is. Its
    # bytes are UTF-8: it is damage the repair left, and removing it would lose "£2"
    from cleantext.detect.fragments import find_fragments

    text = ("Had a few bets on the weekend football and the results were mixed at best.\n"
            "Benfica won, so I stand to lift a fair sum. Not bad for a ВЈ2 bet on a Friday.\n")
    assert find_fragments(text, removable_only=True) == []
    spam = text.replace("ВЈ2", "казино2")
    assert [f.span for f in find_fragments(spam, removable_only=True)] == [
        cleantext.Span(spam.index("казино2"), spam.index("казино2") + len("казино2"))]
