"""Blind vignettes (written by people who never saw the lexicon) keep their scores.

The dev batches live in tests/data/triage_blind/; benchmarks/triage_eval.py
scores any such file (a sealed set is scored the same way, never tuned on).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks import vignettes
from benchmarks.triage_eval import score
from benchmarks.vignettes import SEALED_DIR

BLIND = Path(__file__).parent.parent / "data" / "triage_blind"
FILES = sorted(BLIND.glob("dev_*.jsonl"))
#: Sealed sets: measured, never tuned on. Each is held only to the figures of its
#: first, untuned measurement, so the reader cannot get worse on words it never saw.
SEALED_FLOORS = {
    # exact level, emergencies caught, red flags sent to self-care with no question asked.
    # Retired: first measured untuned at (134, 34, 6); its misses were then read and their
    # classes of wording fixed, so it is development data now, held to what it reaches.
    "sealed_2026-12-02.jsonl": (160, 45, 0),
    # Measured untuned twice (07e3d1c: 165, 44, 9; the merged round: 166, 43, 8). Retired;
    # in round s4 its misses were read as classes of wording and fixed, so it is
    # development data now, held to what it reaches.
    "sealed_2026-12-03.jsonl": (200, 56, 0),
    # Measured untuned on 65445ba (168, 39, 7), after round s4 (177, 46, 6) and after round
    # s5 (180, 50, 5). Round s5 worked the classes of its misses' labels, so it is retired
    # here, held to its last measurement, and open to tuning from now on. Round s6 read its
    # misses as classes of wording: (192, 54, 0).
    "sealed_2026-12-04.jsonl": (192, 54, 0),
    # Measured untuned on 65445ba (169, 40, 8), after round s4 (176, 47, 7) and after
    # round s5 (179, 48, 4); retired like the one above. Round s6: (191, 55, 0).
    "sealed_2026-12-05.jsonl": (191, 55, 0),
    # Measured untuned before and after round s5 (docs/performance.md); on 6d14be9: 184, 48,
    # 2 (5 red flags to self-care). Retired in round s6: its misses were read as classes of
    # wording and fixed, so it is development data now, held to what it reaches.
    "sealed_2026-12-06.jsonl": (200, 55, 0),
}
#: Each dev batch is held to the exact count it reaches now (besides the targets below),
#: so a change that fixes one wording cannot quietly lose another.
DEV_EXACT_FLOORS = {
    "dev_a.jsonl": 130,
    "dev_b.jsonl": 140,
    "dev_c.jsonl": 140,
    "dev_d.jsonl": 149,
    # Measured once before any change for it: 142/150, emergencies 35/40, 4 red flags to
    # self-care (3 unasked), over-triage 3 (main and this branch alike); then tuned on.
    "dev_e.jsonl": 149,
    # Measured once before any change for it (2c80fe0): 136/150, emergencies 39/40, 4 red
    # flags to self-care (all 4 unasked), over-triage 6; main alike but 38/40 and 5. Then
    # its misses were read as classes of wording and fixed; it is tuned on now.
    "dev_f.jsonl": 150,
    # Measured once before any change for it (main 0f164d8): 135/150, emergencies 36/40,
    # 10 red flags to self-care (8 unasked), over-triage 4. Then its misses were read as
    # classes of wording and fixed; it is tuned on now.
    "dev_g.jsonl": 150,
    # Measured once before any change for it (branch e823bcd): 178/200, emergencies 53/55,
    # 6 red flags to self-care (3 unasked), over-triage 7; release fa680c9 178/200, 52/55,
    # 6 (4 unasked), 6. Then its misses were read as classes of wording and fixed.
    "dev_h.jsonl": 198,
    # Measured once before any change for it (branch 810d3e0): 194/200, emergencies 55/55,
    # 1 red flag to self-care (unasked), over-triage 3; release 6d14be9 193/200, 54/55,
    # 1 (unasked), 3. Then its misses were read as classes of wording and fixed.
    "dev_i.jsonl": 199,
    # Measured once before any change for it (release 2d8265b): 181/200, emergencies 46/55,
    # 9 red flags to self-care (8 unasked), over-triage 2. Then its misses were read as
    # classes of wording (another language above all) and fixed.
    "dev_j.jsonl": 198,
    # Measured once before any change for it (aaedbf4, round s7's end): 169/200,
    # emergencies 39/55, 21 red flags to self-care (12 unasked), over-triage 3; release
    # 2d8265b 162/200, 36/55, 29 (28). Its misses were mostly messages in languages the
    # reader did not know (Romanian, Turkish, Vietnamese, Greek, Chinese, Bengali,
    # Somali); then read as classes of wording and fixed.
    "dev_k.jsonl": 199,
    # Measured once before any change for it (round s8's end, release 2ad5129): 176/200,
    # emergencies 48/55, 7 red flags to self-care (all asked), over-triage 5.0 %; release
    # 2d8265b 174/200, 47/55, 8 (2 unasked), 5.0 %. Then its misses were read as classes of
    # wording and fixed (tests/intake/test_read_since_dev_l.py).
    "dev_l.jsonl": 198,
    # Written in round s9 after dev L's fixes, measured once before any change for them
    # (3fe5d8d): dev M (sealed r9's voices) 180/200, emergencies 52/55, 5 red flags to
    # self-care (1 unasked), over-triage 1.0 %; release 2ad5129 176/200, 49/55, 6 (1).
    # dev N (people who describe rather than name, understate, chat threads, transcribed
    # calls, dialects) 168/200, 44/55, 17 (all asked), 1.5 %; release 2ad5129 166/200,
    # 42/55, 19 (all asked). Then their misses were read as classes of wording and fixed
    # (tests/intake/test_read_since_dev_mn.py).
    "dev_m.jsonl": 198,
    "dev_n.jsonl": 199,
    # Written in round s10, measured once before any change for them (1506fb9, round s9's
    # end but for notes): dev O (sealed r10's voices, another writer) 185/200, emergencies
    # 50/55, 6 red flags to self-care (1 unasked), over-triage 1.5 %; dev P (danger said
    # indirectly: by consequence, numbers written every way, what someone else saw)
    # 192/200, 53/55, 0, 2.0 %. Then read as classes of wording and fixed
    # (tests/intake/test_read_since_dev_op.py; Swahili and four more glossaries).
    "dev_o.jsonl": 200,
    "dev_p.jsonl": 200,
    # Written in round s10 after dev O and P's fixes, measured once before any change for
    # them (be5fb13): dev Q (families: small children, the very old, carers' notes) 190/200,
    # emergencies 53/55, 2 red flags to self-care (both asked), over-triage 2.0 %; dev R
    # (hard look-alikes, quiet emergencies) 178/200, 51/55, 4 (all asked), 5.0 %. Then read
    # as classes of wording and fixed (tests/intake/test_read_since_dev_qr.py).
    "dev_q.jsonl": 198,
    "dev_r.jsonl": 197,
    # Written in round s10 after dev Q and R's fixes, measured once before any change for
    # them (ec047e6): dev S (each emergency rule said every way its writer could find)
    # 183/200, emergencies 48/55, 7 red flags to self-care (all asked), over-triage 1.0 %
    # (release bca6141 181/200, 48/55); dev T (the urgent and doctor rules and the edges
    # between levels) 189/200, 55/55, 2 (both asked), 1.5 % (bca6141 186/200, 54/55). Then
    # read as classes of wording and fixed (tests/intake/test_read_since_dev_st.py).
    "dev_s.jsonl": 199,
    "dev_t.jsonl": 197,
    # Written in round s10 after dev S and T's fixes, measured once before any change for
    # them (b5faf0d): dev U (3 a.m. typos, shift workers, athletes, long medicine lists,
    # workers in heat, more Englishes) 195/200, emergencies 53/55, none to self-care,
    # over-triage 0.5 % (bca6141 192/200, 53/55); dev V (another language mixed into about
    # 90 of 200 messages) 178/200, 49/55, 10 (all asked), 2.0 % (bca6141 162/200, 44/55, 19,
    # 2 unasked). Then read as classes (tests/intake/test_read_since_dev_uv.py).
    "dev_u.jsonl": 200,
    "dev_v.jsonl": 195,
    # Written in round s11, measured once before any change for them (a506164): dev W (the
    # broad mix: clinicians' shorthand, carers, about 28 messages in other languages)
    # 181/200, emergencies 48/55, 7 red flags to self-care (1 unasked), over-triage 1.5 %;
    # dev X (stories told over time, numbers of every kind, people who minimise) 188/200,
    # 53/55, 3 (all asked), 2.5 %. Then read as classes (test_read_since_dev_wx.py) and
    # six more glossaries audited (test_language_audit_more.py).
    "dev_w.jsonl": 197,
    "dev_x.jsonl": 197,
    # Written in round s11 after dev W and X's English classes, measured once before any
    # change for them (b2572a3): dev Y (the broad mix again) 192/200, 51/55, 4 (all asked),
    # 0.0 % (a506164: 189/200, 48/55, 6 with 1 unasked); dev Z (the edges between levels,
    # doctor signs said without their textbook words) 181/200, 53/55, 5 (all asked), 2.0 %
    # (a506164 the same). Then read as classes (test_read_since_dev_wx.py).
    "dev_y.jsonl": 200,
    "dev_z.jsonl": 198,
    # Written in round s11 after dev Y and Z's classes, measured once before any change for
    # them (097b0ec): dev AA (sealed r11's brief, another writer) 193/200, emergencies
    # 54/55, 3 red flags to self-care (all asked), over-triage 1.0 %; dev AB (typed in a
    # hurry on a phone: half of them 2-10 words) 189/200, 54/55, 5 (all asked), 1.0 %. Then
    # read as classes (test_read_since_dev_wx.py).
    "dev_aa.jsonl": 200,
    "dev_ab.jsonl": 197,
    # Written in round s12, measured once before any change for them (0e44b3e and its
    # sealed floor commit): dev AC (the broad mix) 187/200, emergencies 54/55, 4 red flags
    # to self-care (all asked), over-triage 4.0 %; dev AD (written about someone else, what
    # is seen and heard) 193/200, 51/55, 3 (1 unasked), 1.0 %. Then read as classes
    # (test_read_since_dev_acad.py); after them dev AF (the broad mix, another writer)
    # 192/200, 53/55, 2 (all asked), 1.5 % and dev AG (questions mixed with statements,
    # corrections, two people in one message, odd times and amounts) 190/200, 51/55, 4
    # (1 unasked), 1.0 %, measured on dcf345f before any change for them, then read.
    "dev_ac.jsonl": 197,
    "dev_ad.jsonl": 199,
    # Written in round s12 in other languages (110 messages wholly or mostly in Spanish,
    # French, Romanian, Arabic, Bengali, Somali or Persian in Latin letters, Russian in
    # Latin letters, pinyin and romaji; 90 in non-native English), measured on 0e44b3e:
    # 154/200, emergencies 38/55, 26 red flags to self-care (1 unasked); after the glossary
    # audit that never read it (s12-lang), 173/200, 45/55, 16 (all asked). Then read as
    # classes (test_language_audit_s12_ae.py).
    "dev_ae.jsonl": 199,
    "dev_af.jsonl": 197,
    "dev_ag.jsonl": 198,
    # Written in round s13, each measured once before any change for it: dev AH (the broad
    # mix) on b7e739c 192/200, emergencies 53/55, 3 red flags to self-care (all asked),
    # over-triage 1.0 %; dev AJ (dangers told by people who minimise or bury them, scary
    # words that are harmless) 189/200, 54/55, 2 (all asked), 3.0 %; dev AI (the edges
    # between levels, amounts and times said every way) 193/200, 53/55, 2 (all asked),
    # 2.5 %, and dev AK (who the patient is: parents, carers, two people in one message)
    # 193/200, 54/55, 1 (asked), 1.0 %, on the tree after the first classes. Then read as
    # classes (test_read_s13.py).
    "dev_ah.jsonl": 200,
    "dev_ai.jsonl": 198,
    "dev_aj.jsonl": 197,
    "dev_ak.jsonl": 199,
    # Then a second wave, measured on 1ff9261 before any change for them: dev AL (the broad
    # mix, another writer) 188/200, emergencies 50/55, 6 red flags to self-care (1
    # unasked), over-triage 2.0 %; dev AM (typed fast or dictated, most 2-12 words) 192/200,
    # 55/55, 3 (all asked), 1.5 %; dev AN (the very old, their carers, long illness and
    # many medicines) 191/200, 53/55, 2 (all asked), 1.0 %. Then read as classes
    # (test_read_s13.py).
    "dev_al.jsonl": 198,
    "dev_am.jsonl": 197,
    "dev_an.jsonl": 197,
    # A third wave, measured on 648d28a before any change for them: dev AO (the broad mix,
    # a third writer) 191/200, emergencies 55/55, 2 red flags to self-care (all asked),
    # over-triage 1.0 %; dev AP (signs told by what they do, likenesses, clock sums,
    # corrections, double denials) 187/200, 51/55, 2 (all asked), 1.0 % (b7e739c gave
    # both the same). Then read as classes (test_read_s13.py).
    "dev_ao.jsonl": 200,
    "dev_ap.jsonl": 199,
    # A fourth wave, measured on a7876e6 before any change for them: dev AR (the broad mix,
    # a fifth writer, voices nobody else would pick) 197/200, emergencies 54/55, 1 red flag
    # to self-care (asked), over-triage 1.0 %; dev AS (stories that change as they go:
    # updates, corrections, numbers revised) 187/200, 51/55, 2 (1 unasked), 3.5 %. Then
    # read as classes (test_read_s13.py).
    "dev_ar.jsonl": 200,
    "dev_as.jsonl": 198,
    # Written in round s13 in other languages (110 messages wholly or mostly in eighteen
    # languages in Latin letters, 90 in non-native English), measured on 648d28a: 165/200,
    # emergencies 42/55, 18 red flags to self-care (1 unasked); after its English misses
    # were read, 86.0 %, 43/55; after the two glossary audits that never read it
    # (s13-langA, s13-langB), 185/200, 50/55, 6 (all asked). Then read as classes.
    # After round s14's third glossary audit (s14-langC): 197/200.
    "dev_aq.jsonl": 197,
    # Round s14, measured on 58f0ce8's reader (f2fb4a6, the same answers) before any change
    # for them: dev AT (the broad mix, a sixth writer) 191/200, emergencies 51/55, 4 red
    # flags to self-care (all asked), over-triage 1.0 %; AU (signs told, never named;
    # harmless things in alarming words) 182/200, 48/55, 6 (all asked), 1.5 %; AV (110
    # messages in other languages, 90 in non-native English, a third writer) 172/200,
    # 47/55, 13 (all asked), 3.5 %; AW (medicines, poisons, heat and wounds in depth)
    # 182/200, 51/55, 4 (all asked), 4.0 %; AX (written by someone else about the patient)
    # 189/200, 54/55, 1 (asked), 3.0 %. AV after the two glossary audits that never read it
    # (s14-langC, the doctor-level signs in twelve languages; s14-langD, four new
    # languages): 183/200, 50/55, 9 (all asked). Then read as classes: each 55/55 now.
    "dev_at.jsonl": 200,
    "dev_au.jsonl": 200,
    "dev_av.jsonl": 195,
    "dev_aw.jsonl": 197,
    "dev_ax.jsonl": 199,
    # Round s15, measured on 6794abd (round s14's end) before any change for them: dev AY
    # (the broad mix, a seventh writer) 193/200, emergencies 53/55, 2 red flags to
    # self-care (both asked), over-triage 1.5 %; AZ (the edges between levels; emergencies
    # minimised) 191/200, 52/55, 1 (asked), 2.0 %; BA (110 messages in other languages, 90
    # in non-native English, a fourth writer) 180/200, 48/55, 8 (all asked), 2.0 %; BB (two
    # people or two worries in one message, stories that change, replies and corrections)
    # 192/200, 53/55, 3 (1 unasked), 1.5 %. Read as classes: AY (the lead) 199/200, 55/55.
    "dev_ay.jsonl": 199,
    "dev_az.jsonl": 200,  # round s15 (edges): first measurement 191 -> now 200 (55/55)
    # BA read as classes (s15-langs): 180 -> 200/200, 55/55, 0 red flags to self-care.
    "dev_ba.jsonl": 200,
    "dev_bb.jsonl": 200,  # round s15 (edges): first measurement 192 -> now 200 (55/55)
    # The round's second wave, measured on 6794abd (and on the tree of its moment, the
    # same): dev BC (the broad mix, an eighth writer) 192/200, 52/55, 2 (both asked),
    # 2.5 %; BD (emergencies above all, 90 of them, told the hardest ways) 193/200, 87/90,
    # 2 of 120 red flags to self-care (both asked), 1.5 %. Read as classes (the lead):
    # BC 199/200, 55/55; BD 199/200, 90/90.
    "dev_bc.jsonl": 199,
    "dev_bd.jsonl": 199,
    # The round's third wave, measured on 6794abd before any change for them: dev BE (the
    # broad mix, a ninth writer) 196/200, 55/55, 1 (asked), 0.5 %; BF (urgent and doctor
    # signs told without their names, beside look-alikes told the same way) 184/200,
    # 54/55, 2 (both asked), 4.0 %. Read as classes (the lead): BE 199/200, BF 196/200,
    # each 55/55.
    "dev_be.jsonl": 199,
    "dev_bf.jsonl": 196,
    # Round s16, measured once on 6940ceb before any change for them. First wave: dev BG
    # (the broad mix, a tenth writer) 191/200, 54/55, 1 red flag to self-care (asked),
    # 2.5 %; BH (90 emergencies, a second writer of that brief: replies, third persons,
    # the sign last) 188/200, 79/90, 6 (all asked), 0.5 %; BI (80 urgent cases told in
    # everyday measures) 194/200, 40/40, 2 (asked), 1.5 %; BJ (100 messages in other
    # languages, 40 switching, 60 in non-native English) 164/200, 44/55, 14 (all asked),
    # 2.5 %. Second wave: BK (the broad mix, an eleventh writer) 195/200, 54/55, 3 (1
    # unasked), 0.0 %; BL (90 emergencies told by and about those hardest to read) 195/200,
    # 86/90, 3 (asked), 0.5 %; BM (long messages and bare replies) 190/200, 54/55, 2 (1
    # unasked), 3.0 %. Third wave: BN (the broad mix, a twelfth writer) 197/200, 54/55, 1
    # (asked), 0.0 %; BO (red flags as side details of ordinary questions) 194/200, 60/60,
    # 3 (asked), 1.0 %. Read as classes (s16-emerg BH, s16-edges BI and BG, s16-langs BJ,
    # the lead BG and BK-BO).
    "dev_bg.jsonl": 196,
    "dev_bh.jsonl": 199,
    "dev_bi.jsonl": 200,
    "dev_bj.jsonl": 200,
    "dev_bk.jsonl": 198,
    "dev_bl.jsonl": 200,
    "dev_bm.jsonl": 194,
    "dev_bn.jsonl": 198,
    "dev_bo.jsonl": 198,
    # Round s17, measured once on befa15f before any change for them (first wave): dev BP
    # (the broad mix, a thirteenth writer) 197/200, 55/55, 0, 1.0 %; BR (alarming words
    # that are not, beside the real thing; mix 30/30/50/90) 193/200, 30/30, 1 (asked),
    # 1.5 %; BS (the broad mix, a fourteenth writer: very short and very long messages)
    # 193/200, 53/55, 2 (1 unasked), 1.0 %; BQ (70 emergencies and 50 urgent cases told
    # played down or never named) 191/200, 66/70, 4 (asked), 1.0 %. Second wave: BT (the
    # broad mix, a fifteenth writer) 195/200, 53/55, 1 (asked), 0.5 %; BU (emergencies and
    # urgent cases typed on a phone in a hurry; mix 70/50/30/50) 196/200, 67/70, 2 (asked),
    # 1.0 %. Read as classes (s17-emerg BQ, the lead the others).
    "dev_bp.jsonl": 199,
    "dev_bq.jsonl": 200,
    "dev_br.jsonl": 197,
    "dev_bs.jsonl": 199,
    "dev_bt.jsonl": 200,
    "dev_bu.jsonl": 199,
    # Round s18, first wave, each measured once on c9acb53 before any change for it: BV
    # (the broad mix, a sixteenth writer) 193/200, 54/55, 2 red flags to self-care (both
    # asked), over-triage 1.0 %; BW (older people and carers telling a sign by what
    # changed; 70/50/30/50) 191/200, 69/70, 1 (asked), 2.5 %; BX (alarming words that
    # are not; 30/30/50/90) 191/200, 30/30, 0, 3.0 %. Then read as classes of wording
    # (tests/intake/test_read_s18_lead.py).
    "dev_bv.jsonl": 195,
    "dev_bw.jsonl": 196,
    "dev_bx.jsonl": 192,
    # Round s18, second and third waves, each measured once on c9acb53 before any change
    # (and again after the first wave's classes, which moved none of them): BY (the broad
    # mix, a seventeenth writer, about 40 in other languages) 195/200, 53/55, 1 (asked),
    # 1.0 %; BZ (the deciding detail a number, a time or a measure; 70/50/30/50) 190/200,
    # 69/70, 2 (1 unasked), 3.0 %; CA (the broad mix, an eighteenth writer) 196/200,
    # 54/55, 1 (asked), 0.5 %; CB (young people and families; 70/50/30/50) 193/200,
    # 67/70, 2 (asked), 2.0 %. Then read as classes of wording.
    "dev_by.jsonl": 197,
    "dev_bz.jsonl": 193,
    "dev_ca.jsonl": 198,
    "dev_cb.jsonl": 196,
    # Round s18, fourth wave, measured once on c9acb53 and again after the first three
    # waves' classes (which moved CC by one exact case and CD by none): CC (the broad mix,
    # a nineteenth writer) 192/200, 52/55, 4 (asked), 1.5 %; CD (the urgent rules ten times
    # each; 30/90/40/40) 186/200, 30/30, 4 (2 unasked), 3.0 %. Then read as classes.
    "dev_cc.jsonl": 196,
    "dev_cd.jsonl": 192,
    # Round s18, fifth wave, written after every change above and the semantic bar, measured
    # once on c9acb53 and on the tree of its moment: CF (every emergency rule eight ways;
    # 90/30/30/50) 189/200, 83/90, 4 (asked), 2.0 % on both (as served: 92.5 %, 85/90 on
    # c9acb53; 86/90 with the round's bank and bar). Then read as classes.
    "dev_cf.jsonl": 196,
    # Round s19, first wave, each measured once on 4658274 (round s18's end) before any
    # change for it: CG (the broad mix, a twentieth writer; a third long, a fifth terse)
    # 193/200, 54/55, 0, over-triage 2.0 %; CH (every emergency rule told without its name;
    # 90/35/30/45) 192/200, 86/90, 1 (asked), 0.5 %; CI (the edges between urgent, doctor
    # and self-care; 30/60/60/50) 188/200, 30/30, 4 (asked), 2.0 %; CJ (about 110 in one of
    # 26 other languages) 176/200, 44/55, 13 (all asked), 0.5 %. Then read as classes of
    # wording (tests/intake/test_read_s19_lead.py) and, for CJ, by the blind language audit.
    "dev_cg.jsonl": 200,
    "dev_ch.jsonl": 200,
    "dev_ci.jsonl": 199,
    "dev_cj.jsonl": 200,
    # Round s19, second wave, measured on 4658274 and again after the first wave's classes
    # (which moved neither): CL (hard cases: likeness, amounts and times around a sign,
    # corrections, exposures) 183/200, 50/55, 5 (1 unasked), 2.0 %; CM (carers of the very
    # old, parents, clinicians' and pharmacists' notes) 187/200, 49/55, 5 (asked), 1.5 %.
    # Then read as classes.
    "dev_cl.jsonl": 200,
    "dev_cm.jsonl": 200,
    # Round s20, first wave, each measured once on 988dbf1 (round s19's end) before any
    # change for it: CN (the broad mix written hard) 195/200, 55/55, 0, 0.5 %; CO (90
    # emergencies told by what is seen; 90/40/30/40) 189/200, 81/90, 6 (2 unasked), 1.0 %;
    # CP (the edges between levels; 35/50/55/60) 191/200, 34/35, 2 (asked), 2.0 %; CQ (about
    # 90 in 20-odd other languages, the rest typed on a phone) 186/200, 53/55, 6 (1
    # unasked), 1.0 %. Then read as classes (tests/intake/test_read_s20_lead.py).
    "dev_cn.jsonl": 200,
    "dev_co.jsonl": 200,
    "dev_cp.jsonl": 199,
    "dev_cq.jsonl": 199,
    # Round s20, second wave, measured on 988dbf1 and on the tree after the first wave's
    # classes (which moved CR by nothing and CS by one over-triaged case): CR (the broad mix,
    # a new writer, a crowd of people) 188/200, 50/55, 4 (1 unasked), 1.5 % on both; CS
    # (the red flags at the worst moment; 80/60/30/30) 193 then 194/200, 78/80, 3 (asked),
    # 1.5 then 1.0 %. Then read as classes.
    "dev_cr.jsonl": 199,
    "dev_cs.jsonl": 199,
    # Round s21, first wave, each measured once on 11aca31 (round s20's end) before any
    # change for it: CT (the detail buried in a message about something else) 191/200,
    # 53/55, 4 (asked), 1.0 %; CU (phone typing in a hurry; 50/45/45/60) 193/200, 49/50, 4
    # (1 unasked), 0.5 %; CV (the edges of each rule; 60/45/45/50) 187/200, 58/60, 1
    # (asked), 2.5 %; CW (120 in 27 other languages, 80 mixed or learners' English) 177/200,
    # 48/55, 10 (asked), 1.0 %. Then read as classes (tests/intake/test_read_s21_lead.py,
    # test_read_s21_langs.py).
    "dev_ct.jsonl": 200,
    "dev_cu.jsonl": 198,
    "dev_cv.jsonl": 197,
    "dev_cw.jsonl": 200,
    # Round s21, second wave, measured on 11aca31 and on the tree after the first wave's
    # classes (which moved neither): CX (the broad mix, a new writer) 191/200, 51/55, 4
    # (asked), 0.5 % on both; CY (understatement and indirection, and drama over ordinary
    # cramps; 60/40/40/60) 191/200, 59/60, 3 (1 unasked), 1.5 % on both. Then read as classes.
    "dev_cx.jsonl": 200,
    "dev_cy.jsonl": 199,
    # Round s22, first wave, each measured once on 55c30ef (round s21's end) before any
    # change for it: CZ (the broad mix) 195/200, 53/55, 2 (asked), 1.0 %; DA (older people
    # and their carers, at length, the deciding detail in the middle) 189/200, 51/55, 2 (1
    # unasked), 2.5 %; DB (110 in 45 other languages, 90 learners' or mixed English)
    # 164/200, 43/55, 19 (asked), 1.0 %; DC (signs told by what is seen or done, times by
    # programmes and the clock) 176/200, 49/55, 10 (asked), 2.0 %. Then read as classes
    # (tests/intake/test_read_s22_lead.py, test_read_s22_langs.py, test_read_s22_langs2.py).
    "dev_cz.jsonl": 199,
    "dev_da.jsonl": 197,
    "dev_db.jsonl": 196,
    "dev_dc.jsonl": 200,
    # Round s22, second wave, measured on 55c30ef and on the tree after the first wave's
    # English classes (which moved neither): DD (a new writer's broad mix) 195/200, 54/55,
    # 2 (asked), 0.0 % on both; DE (people who play things down, write for someone who
    # cannot, or mix a red flag with an ordinary cramp) 195/200, 51/55, 1 (asked), 0.0 % on
    # both. Then read as classes.
    "dev_dd.jsonl": 200,
    "dev_de.jsonl": 200,
    # Round s23, measured on cd9c2f7 before any change for them: DF (code-switching: English
    # with words of the writer's own language) 190/200, 53/55, 4 (asked), 0.0 %; DG (the fact
    # carried by a number, a time or its context) 192/200, 53/55, 0, 2.5 %. Then, after the
    # first wave (borrowed words, first English classes, s23-langs), DH (a second writer's
    # code-switching) and DI (the broad mix) had the same figures as on cd9c2f7: 187/200,
    # 51/55, 5 (asked), 0.5 %; 196/200, 53/55, 1 (asked), 1.0 %. DJ (signs told only by what
    # can no longer be done, a likeness or a number) 180/200, 49/55, 9 (2 unasked), 0.0 %
    # and DK (written for someone else) 191/200, 53/55, 0, 2.0 % were measured after the
    # second wave's first classes. Then read as classes (tests/intake/test_borrowed.py,
    # test_read_s23_lead.py) and languages (s23-langs, -langs2, -langs3).
    "dev_df.jsonl": 200,
    "dev_dg.jsonl": 196,
    "dev_dh.jsonl": 199,
    "dev_di.jsonl": 200,
    "dev_dj.jsonl": 198,
    "dev_dk.jsonl": 198,
    # Round s24: DL (dictated messages), DM (people in particular situations), DN (questions
    # that tell, denials that describe), then held back and measured before and after the
    # first wave, DO (the hurried and the hedging) and DP (written about someone else).
    # First read: DL 194, DM 195, DN 187; DO 195 on 0f9a3ba and 196 after the first wave,
    # DP 191 on both.
    "dev_dl.jsonl": 198,
    "dev_dm.jsonl": 199,
    "dev_dn.jsonl": 199,
    "dev_do.jsonl": 199,
    "dev_dp.jsonl": 200,
    # DQ: the doctor level above all (90 of 200), written last: 183 on 0f9a3ba, 184 on first
    # read at the end of the round.
    "dev_dq.jsonl": 195,
    # Round s25: DR (how things changed over time), DS (short and sideways), DT (the doctor
    # level and its look-alikes), then held back and measured before and after the first
    # wave, DU (progressions reported later) and DV (short forms, 19 languages). First
    # read: DR 189, DS 194, DT 188 on f052f02; DU 187 and DV 188 on f052f02 and after the
    # first wave.
    "dev_dr.jsonl": 200,
    "dev_ds.jsonl": 200,
    "dev_dt.jsonl": 200,
    "dev_du.jsonl": 198,
    "dev_dv.jsonl": 198,
    # Round s26: DW (who the person is changes the level) and DX (more than one thing in the
    # message), then held back and measured before and after the first wave, DY (the broad
    # mix from a fresh pen), DZ (the person behind the cramp, a second writer) and EA (a
    # crowded message, a second writer). First read: DW 195, DX 194 on 0b2ed9d; DY 189, DZ
    # 196, EA 194 on 0b2ed9d and the same after the first wave.
    "dev_dw.jsonl": 199,
    "dev_dx.jsonl": 199,
    "dev_dy.jsonl": 197,
    "dev_dz.jsonl": 198,
    "dev_ea.jsonl": 198,
    # EB (what people already know about themselves) and EC (the broad mix told by others),
    # written late in s26 and measured unread on 0b2ed9d (EB 192, 52/55, 4 to self-care of
    # which 1 unasked; EC 198) and on the round's tree before them (EB 191, EC 198).
    "dev_eb.jsonl": 197,
    "dev_ec.jsonl": 198,
    # Round s27: ED (the line: each flag just over and just under it) and EE (Englishes of the
    # world), read first; EF (a broad mix written at night); EG and EH (the two themes by
    # second writers), held back and measured on a8f70f9 and after the first wave before
    # being read (EG 189 both times; EH 189 then 191).
    "dev_ed.jsonl": 197,
    "dev_ee.jsonl": 199,
    "dev_ef.jsonl": 199,
    "dev_eg.jsonl": 197,
    "dev_eh.jsonl": 199,
    # EI (borderline cases, a third writer to the line) and EK (110 emergencies hidden in
    # passing, in jokes, in questions and in other languages), measured on a8f70f9 and after
    # two waves before being read (EI 185 both times; EK 189, 98/110, both times).
    "dev_ei.jsonl": 193,
    "dev_ek.jsonl": 198,
    # EJ (Englishes of the world, a third writer), held back through three waves and
    # measured unread after each (188 on a8f70f9 and after every wave), read last.
    "dev_ej.jsonl": 199,
    # Round s28: EL (dictated or typed one-handed at night) and EN (a broad mix in which
    # alarming words are used loosely), read first; EM (stories that change as they are
    # told, a second writer to sealed r28b's theme) and EO (110 emergencies easy to miss),
    # held back and measured on c204738 and after the first wave before being read (EM 186,
    # EO 192, 107/110, both times). EP (in a hurry: dictation and corrections, a third
    # writer) measured unread throughout (198 on c204738, 198 now); EQ (a month of a
    # helpline) measured unread on c204738 and after the second wave (195 both times), then
    # its five misses read.
    "dev_el.jsonl": 200,
    "dev_em.jsonl": 193,
    "dev_en.jsonl": 196,
    "dev_eo.jsonl": 197,
    "dev_ep.jsonl": 198,
    "dev_eq.jsonl": 197,
    # ER (follow-ups in a chat, a third writer to stories that change) and ES (babies,
    # children and teenagers), written at the round's end and measured unread on c204738
    # (ER 185, 54/55, 2 to self-care of which 1 unasked; ES 191, 50/55) and after the second
    # wave and its GP review (ER 185, 54/55; ES 192, 51/55), then read.
    "dev_er.jsonl": 190,
    "dev_es.jsonl": 199,
    # Round s29: ET (where the person is changes how they tell it, a second writer to sealed
    # r29's theme), EU (names and numbers, a second writer to r29b's) and EX (things taken,
    # touched or breathed) read first (9b53cee: ET 193, 52/55; EU 192; EX 193, 51/55); EV
    # (children), EW (older people and their carers) and EY (the body told by feel and look)
    # held back and measured on 9b53cee and after the first wave before being read (EV 193
    # both times; EW 194 both times, 53/55; EY 189 then 190). EZ (a scene told at length),
    # FA (a label or a number first) and FB (110 emergencies easy to miss), written
    # mid-round and measured unread on 9b53cee and after the second wave (EZ 185, 53/55,
    # both times; FA 198 then 199; FB 192, 100/110, both times), then read.
    "dev_et.jsonl": 198,
    "dev_eu.jsonl": 197,
    "dev_ev.jsonl": 200,
    "dev_ew.jsonl": 199,
    "dev_ex.jsonl": 200,
    "dev_ey.jsonl": 199,
    "dev_ez.jsonl": 195,
    "dev_fa.jsonl": 199,
    "dev_fb.jsonl": 200,
    # Round s30: FC (told through images and comparisons, a second writer to sealed r30's
    # theme), FF (second-hand and reported) and FG (teenagers and young adults, 110
    # emergencies) read first (a647e3e: FC 187, 52/55; FF 186, 50/55; FG 189, 101/110); FD
    # (beyond the calf, a second writer to r30b's) and FE (older people and their carers)
    # held back and measured on a647e3e and after the first wave before being read (FD 192,
    # 52/55, both times; FE 189, 52/55, both times). FH (a broad mix) and FI (110
    # emergencies easy to miss), written mid-round and measured unread on a647e3e and after
    # the first wave (FH 196, 52/55; FI 193, 103/110; both times), then read.
    "dev_fc.jsonl": 199,
    "dev_fd.jsonl": 198,
    "dev_fe.jsonl": 198,
    "dev_ff.jsonl": 197,
    "dev_fg.jsonl": 199,
    "dev_fh.jsonl": 200,
    "dev_fi.jsonl": 200,
    # Round s31: FJ (every emergency told by what is seen and felt, 110 emergencies) and FK
    # (the pharmacy counter and the medicine cabinet) read first (678e793: FJ 192, 103/110;
    # FK 194, 52/55); FL (bodies in motion and at work), FM (families writing about someone
    # else) and FN (short and plain, 110 emergencies) held back, measured on 678e793 and
    # after the first wave before being read (FL 195, 53/55; FM 195, 53/55; FN 191, 101/110;
    # the same both times). FO (people over 70 and those around them) and FP (other
    # languages and mixed, 110 emergencies), written mid-round and measured unread on
    # 678e793 and after the second wave (FO 194, 52/55; FP 172, 91/110; both times), then
    # read.
    "dev_fj.jsonl": 200,
    "dev_fk.jsonl": 200,
    "dev_fl.jsonl": 200,
    "dev_fm.jsonl": 199,
    "dev_fn.jsonl": 200,
    "dev_fo.jsonl": 199,
    "dev_fp.jsonl": 200,
    # Round s32: FQ (teenagers and young adults texting, 110 emergencies), FT (pregnancy, after
    # a birth and children, 110) and FU (medicines) read first (4c520ce: FQ 192, 104/110; FT
    # 187, 98/110; FU 195, 53/55); FR (questions) and FS (heat, effort, the outdoors) held
    # back, measured on 4c520ce and after the first wave (FR 197, 54/55 both times; FS 195,
    # 53/55, then 196, 54/55), then read. FV (more than 20 other languages, 110 emergencies)
    # split: the odd half read by the language engineer, the even half held back (4c520ce
    # 76/100, 40/56; after two waves and the glossary rows 77/100, 41/56), then read. FW
    # (bystanders in public places, 110) and FX (long-term conditions) written mid-round,
    # measured unread on 4c520ce and after two waves (FW 195, 105/110; FX 187, 49/55; both
    # times), then read.
    "dev_fq.jsonl": 199,
    "dev_fr.jsonl": 200,
    "dev_fs.jsonl": 199,
    "dev_ft.jsonl": 199,
    "dev_fu.jsonl": 197,
    "dev_fv.jsonl": 192,
    "dev_fw.jsonl": 200,
    "dev_fx.jsonl": 195,
    # Round s33: FY (whose sign is whose), GA (older people with several conditions) and GD
    # (pregnancy, babies, young children) read first (8f07bc8: FY 186, 54/55; GA 197, 54/55;
    # GD 194, 52/55); FZ (sport and physical work) and GB (very short messages) held back,
    # measured on 8f07bc8 and after the changes (FZ 196, 52/55; GB 198, 55/55; both times),
    # then read. GC (more than 20 other languages) split: the even half read by a language
    # engineer, the odd half held back (8f07bc8 71/100, 16/24; after the changes and the
    # first half's rows 71/100, 16/24), then read by a second pass.
    "dev_fy.jsonl": 192,
    "dev_fz.jsonl": 200,
    "dev_ga.jsonl": 200,
    "dev_gb.jsonl": 198,
    "dev_gc.jsonl": 200,
    "dev_gd.jsonl": 199,
    # Round s34: GE (medicines, poisons and chemicals), GF (look-alikes from the nerves, the
    # back, the blood supply), GH (follow-ups and what a professional said) read by the lead;
    # GG (mixed and other languages) by a language engineer; GI (dictation) and GJ (the
    # deciding detail told in passing) written later and read by both. Each measured on
    # 79b759c before it was read: GE 186, 48/55; GF 197, 55/55; GG 178, 45/55; GH 198,
    # 55/55; GI 196, 54/55; GJ 192, 52/55.
    "dev_ge.jsonl": 196,
    "dev_gf.jsonl": 200,
    "dev_gg.jsonl": 200,
    "dev_gh.jsonl": 200,
    "dev_gi.jsonl": 199,
    "dev_gj.jsonl": 198,
    # Round s35: GK (legs that swell and breath that goes), GL (heat, effort and what people
    # take for it), GN (structured and pasted text: lists, forms, logs, checklists) and GO
    # (dialect, slang, idiom and euphemism) read by the lead; GM (other and mixed languages)
    # by a language engineer. Each measured on 63951d2 before it was read: GK 197, 53/55;
    # GL 197, 53/55; GM 179, 47/55; GN 179, 54/55; GO 189, 51/55.
    "dev_gk.jsonl": 200,
    "dev_gl.jsonl": 200,
    "dev_gm.jsonl": 200,
    "dev_gn.jsonl": 197,
    "dev_go.jsonl": 200,
    # GP (structured and pasted text) and GQ (dialect, slang and idiom), written to the sealed
    # sets' own briefs by other writers after the first wave; measured unread on it (bfd2aa1)
    # beside 63951d2: GP 190, 55/55 (63951d2: 186, 54/55); GQ 193, 53/55 (the same), then read.
    "dev_gp.jsonl": 197,
    "dev_gq.jsonl": 200,
    # Round s36: GR, GV and GX (signs told by their consequences, by what people cannot do
    # and by what others saw) and GT (questions instead of reports) read by the lead; GS and
    # GU (code-switching and translation) by two language engineers; GW (code-switching, a
    # third writer) measured unread after both language waves, then read by a third. Each
    # measured on 3a55361 before it was read: GR 191, 50/55; GS 182, 45/55; GT 189, 52/55;
    # GU 175, 47/55; GV 196, 53/55 (the same after the first wave); GW 170, 44/55 (the same
    # after two language waves); GX 186, 52/55 (the same after the first wave).
    "dev_gr.jsonl": 199,
    "dev_gs.jsonl": 200,
    "dev_gt.jsonl": 200,
    "dev_gu.jsonl": 199,
    "dev_gv.jsonl": 200,
    "dev_gw.jsonl": 195,
    "dev_gx.jsonl": 200,
    # Round s37: GY and GZ (short messages and search-box style) and HA, HB and HD (people
    # living with a long-term condition or many medicines) read by the lead, their other
    # languages by a language engineer; HC (terse messages) measured unread after the
    # first wave, then read. Each measured on 9e7df4e before it was read: GY 193, 54/55;
    # GZ 197, 52/55; HA 197, 54/55; HB 191, 54/55; HC 195, 53/55 (196, 53/55 after the
    # first wave); HD 197, 54/55.
    "dev_gy.jsonl": 199,
    "dev_gz.jsonl": 200,
    "dev_ha.jsonl": 200,
    "dev_hb.jsonl": 199,
    "dev_hc.jsonl": 199,
    "dev_hd.jsonl": 200,
    # Round s38: HE and HI (plain words, phonetic spelling, signs told by what is seen), HF
    # (asking for a remedy or a product) and HG (asking the app to confirm what was already
    # decided) read by the lead, their other languages by a language engineer; HH (plain
    # words, a third writer) measured unread after the first wave, then read. Each measured
    # on 1ee6623 before it was read: HE 189, 52/55; HF 198, 55/55; HG 197, 55/55; HH 194,
    # 50/55 (195, 50/55 after the first wave); HI 189, 53/55.
    "dev_he.jsonl": 200,
    "dev_hf.jsonl": 200,
    "dev_hg.jsonl": 200,
    "dev_hh.jsonl": 200,
    "dev_hi.jsonl": 199,
    # Round s39: HJ (bystanders and people on the spot) and HK (formal letters) read by the
    # lead; HL (bystanders) and HM (formal letters) measured unread after the first wave,
    # then read; their Japanese and Dutch by a language engineer. Each measured on ebc9811
    # before it was read: HJ 196, 53/55; HK 171, 42/55; HL 196, 53/55 (196, 53/55 after the
    # first wave); HM 169, 40/55 (173, 44/55 after the first wave).
    "dev_hj.jsonl": 200,
    "dev_hk.jsonl": 198,
    "dev_hl.jsonl": 200,
    "dev_hm.jsonl": 197,
    # HN (official and genteel registers: reports, complaint-style letters, book-learnt
    # English), written after the first two waves: on ebc9811 168, 49/55; measured unread
    # on the round's tree of the moment, 172, 50/55; then read.
    "dev_hn.jsonl": 190,
}


def test_the_dev_batches_are_there() -> None:
    # After dev Z the batches take two letters (dev AA, AB, ..., AZ, BA, ...).
    names = sorted(
        [
            f"dev_{x}.jsonl"
            for x in [
                *"abcdefghijklmnopqrstuvwxyz",
                *("aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am"),
                *("an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax"),
                *("ay", "az", "ba", "bb", "bc", "bd", "be", "bf"),
                *("bg", "bh", "bi", "bj", "bk", "bl", "bm", "bn", "bo"),
                *("bp", "bq", "br", "bs", "bt", "bu"),
                *("bv", "bw", "bx", "by", "bz", "ca", "cb", "cc", "cd", "cf"),
                # (dev CE was lost unread with round s18's machine; dev CK is sealed r19b)
                *("cg", "ch", "ci", "cj", "cl", "cm"),
                *("cn", "co", "cp", "cq", "cr", "cs"),
                *("ct", "cu", "cv", "cw", "cx", "cy"),
                *("cz", "da", "db", "dc", "dd", "de"),
                *("df", "dg", "dh", "di", "dj", "dk"),
                *("dl", "dm", "dn", "do", "dp", "dq"),
                *("dr", "ds", "dt", "du", "dv"),
                *("dw", "dx", "dy", "dz", "ea", "eb", "ec"),
                *("ed", "ee", "ef", "eg", "eh", "ei", "ej", "ek"),
                *("el", "em", "en", "eo", "ep", "eq", "er", "es"),
                *("et", "eu", "ev", "ew", "ex", "ey", "ez", "fa", "fb"),
                *("fc", "fd", "fe", "ff", "fg", "fh", "fi"),
                *("fj", "fk", "fl", "fm", "fn", "fo", "fp"),
                *("fq", "fr", "fs", "ft", "fu", "fv", "fw", "fx"),
                *("fy", "fz", "ga", "gb", "gc", "gd"),
                *("ge", "gf", "gg", "gh", "gi", "gj"),
                *("gk", "gl", "gm", "gn", "go", "gp", "gq"),
                *("gr", "gs", "gt", "gu", "gv", "gw", "gx"),
                *("gy", "gz", "ha", "hb", "hc", "hd"),
                *("he", "hf", "hg", "hh", "hi"),
                *("hj", "hk", "hl", "hm", "hn"),
            ]
        ]
    )
    assert [f.name for f in FILES] == names


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_blind_vignettes_meet_the_safety_targets(path: Path) -> None:
    s = score(path)
    misses = [(m["id"], m["want"], m["got"]) for m in s.misses]
    assert s.emergency_hits == s.emergencies, misses
    # A red flag may end in self-care only while a settling question is asked.
    unasked = [
        m
        for m in s.misses
        if m["got"] == "self_care" and m["want"][0] in ("emergency", "urgent") and not m["asked"]
    ]
    assert unasked == [], unasked
    assert s.exact / s.n >= 0.95, misses
    assert s.over / s.n <= 0.05, misses
    assert s.exact >= DEV_EXACT_FLOORS[path.name], misses


@pytest.mark.parametrize("name", sorted(SEALED_FLOORS))
def test_sealed_vignettes_do_not_fall_below_their_first_measurement(name: str) -> None:
    s = score(BLIND / name)
    exact, caught, unasked_floor = SEALED_FLOORS[name]
    unasked = [
        m
        for m in s.misses
        if m["got"] == "self_care" and m["want"][0] in ("emergency", "urgent") and not m["asked"]
    ]
    assert s.exact >= exact
    assert s.emergency_hits >= caught
    assert len(unasked) <= unasked_floor


#: Sealed sets kept compressed in the repository (benchmarks/sealed): scored, never read.
#: Each is held to its first measurement, made before any change of the round it was
#: written for: exact level, emergencies caught, red flags to self-care with no question.
#: A failure names only counts, never a text.
KEPT_SEALED_FLOORS = {
    # Written for round s7; release 2d8265b: 179/200, 43/55, 11 (12 to self-care).
    "sealed_r7.jsonl.gz": (179, 43, 11),
    # Written for round s8 (more languages, care-home notes, clinical shorthand); round
    # s7's end aaedbf4, before any change of s8: 170/200, 43/55, 5 (18 to self-care);
    # release 2d8265b: 163/200, 40/55, 22 (23 to self-care).
    "sealed_r8.jsonl.gz": (170, 43, 5),
    # Written for round s9 (coaches, dictation, brackets, formal letters, people who cannot
    # talk, seven more languages); release 2ad5129 before any change of s9: 167/200, 49/55,
    # 0 (9 to self-care, all asked), over-triage 5.5 %; release 2d8265b 155/200, 43/55, 16.
    "sealed_r9.jsonl.gz": (167, 49, 0),
    # Written for round s10 (night-shift nurses, pregnancy, dialysis, voice-to-text, limited
    # literacy, buried details, five more Englishes, partly Hindi, Swahili, Russian, Greek,
    # Portuguese); round s9's end bca6141 before any change of s10: 183/200, 51/55, 1 (6 to
    # self-care), over-triage 3.0 %; release 2ad5129 181/200, 51/55, 2.
    "sealed_r10.jsonl.gz": (183, 51, 1),
    # Written for round s11 (the same broad mix, another writer; about 22 messages partly
    # or wholly in another language); round s10's end a506164 before any change of s11:
    # 188/200, 49/55, 0 (3 to self-care, all asked), over-triage 2.0 %; release bca6141
    # 183/200, 46/55, 0 (7 to self-care).
    "sealed_r11.jsonl.gz": (188, 49, 0),
    # Written for round s12 (the broad mix, a third writer: carers of the very old, care-home
    # and district-nurse shorthand, builders and farm workers, kidney, thyroid and liver
    # disease, people who minimise or panic; about 20 messages partly in another language);
    # round s11's end 0e44b3e before any change of s12: 189/200, 51/55, 0 (6 to self-care,
    # all asked), over-triage 0.5 %; release a506164 188/200, 51/55, 0 (7 to self-care).
    "sealed_r12.jsonl.gz": (189, 51, 0),
    # Written for round s13 (the broad mix, a fourth writer: parents of babies to teenagers,
    # the weeks after birth, heat workers, new medicines, long stories with the detail
    # buried; about 27 messages partly or wholly in another language); round s12's end
    # b7e739c before any change of s13: 193/200, 51/55, 0 (5 to self-care, all asked),
    # over-triage 0.5 %; release 0e44b3e 191/200, 51/55, 0 (7 to self-care).
    "sealed_r13.jsonl.gz": (193, 51, 0),
    # Written for round s14 (the broad mix, a fifth writer: paramedics handing over, school
    # nurses, cancer treatment, drug use, the weeks after birth; about 27 messages partly or
    # wholly in another language); round s13's end 58f0ce8 before any change of s14:
    # 189/200, 52/55, 2 (5 to self-care, 2 of them unasked), over-triage 1.5 %; release
    # b7e739c 188/200, 52/55, 2 (6 to self-care).
    "sealed_r14.jsonl.gz": (189, 52, 2),
    # Written for round s15 (the broad mix by a sixth writer, about 30 partly or wholly in
    # another language); round s14's end 6794abd before any change of s15: 188/200, 52/55,
    # 0 (4 to self-care, all asked), over-triage 1.0 %.
    "sealed_r15.jsonl.gz": (188, 52, 0),
    # Written for round s16 (the broad mix by a seventh writer for the sealed sets, about
    # 20 partly or wholly in another language); round s15's end 6940ceb before any change
    # of s16: 192/200, 53/55, 0 (2 to self-care, both asked), over-triage 2.0 %.
    "sealed_r16.jsonl.gz": (192, 53, 0),
    # Written for round s17 (the broad mix by an eighth writer for the sealed sets, about
    # 28 partly or wholly in another language); round s16's end befa15f before any change
    # of s17: 197/200, 54/55, 0 (1 to self-care, asked), over-triage 0.5 %.
    "sealed_r17.jsonl.gz": (197, 54, 0),
    # Written for round s18 (the broad mix by a ninth writer for the sealed sets, about 20
    # partly or wholly in another language); round s17's end c9acb53 before any change of
    # s18: 193/200, 53/55, 0 (2 to self-care, both asked), over-triage 1.0 %.
    "sealed_r18.jsonl.gz": (193, 53, 0),
    # Written for round s19 (the broad mix by a tenth writer for the sealed sets, with hard
    # cases asked for: red flags told by likeness, amounts and times around them, exposures
    # at work and home, about 24 partly or wholly in another language); round s18's end
    # 4658274 before any change of s19: 177/200, 48/55, 0 (6 to self-care, all asked),
    # over-triage 4.5 %.
    "sealed_r19.jsonl.gz": (177, 48, 0),
    # Written for round s19 by another blind writer to the same brief (ids CK: written as a
    # development batch and kept unread, then sealed); 4658274 before any change of s19:
    # 179/200, 48/55, 0 (8 to self-care, all asked), over-triage 2.0 %.
    "sealed_r19b.jsonl.gz": (179, 48, 0),
    # Written for round s20 (an eleventh sealed writer, the hard brief: red flags told by
    # likeness, joke or understatement, amounts and times around them, someone else's
    # account, about 26 partly or wholly in another language); round s19's end 988dbf1
    # before any change of s20: 188/200, 50/55, 0 (4 to self-care, all asked), 1.0 %.
    "sealed_r20.jsonl.gz": (188, 50, 0),
    # Written for round s20 by a twelfth writer (a wide crowd of people, one message each,
    # red flags mostly described and sometimes buried, about 22 in another language);
    # 988dbf1 before any change of s20: 197/200, 54/55, 0 (none to self-care), 0.0 %.
    "sealed_r20b.jsonl.gz": (197, 54, 0),
    # Written for round s21 (a thirteenth sealed writer, the hard brief: red flags told by
    # likeness, joke, understatement or euphemism, amounts and times around them, someone
    # else's account, about 25 in another language); round s20's end 11aca31 before any
    # change of s21: 182/200, 50/55, 0 (7 to self-care, all asked), over-triage 3.0 %.
    "sealed_r21.jsonl.gz": (182, 50, 0),
    # Written for round s21 by a fourteenth writer (a wide crowd, one message each, some
    # burying the detail or asking rather than telling, about 20 in another language);
    # 11aca31 before any change of s21: 195/200, 54/55, 0 (1 to self-care, asked), 0.5 %.
    "sealed_r21b.jsonl.gz": (195, 54, 0),
    # Written for round s22 (a fifteenth sealed writer, the hard brief: red flags told by
    # likeness, joke, understatement, euphemism or comparison, ordinary cramps told with
    # drama); round s21's end 55c30ef before any change of s22: 181/200, 47/55, 0 (10 to
    # self-care, all asked), over-triage 0.5 %.
    "sealed_r22.jsonl.gz": (181, 47, 0),
    # Written for round s22 by a sixteenth writer (a wide crowd, 32 in 24 other languages,
    # some burying the detail or asking rather than telling); 55c30ef before any change
    # of s22: 188/200, 51/55, 0 (6 to self-care, all asked), over-triage 1.0 %.
    "sealed_r22b.jsonl.gz": (188, 51, 0),
    # Written for round s23 (a seventeenth sealed writer: the detail buried in a long
    # ordinary story, told by what can no longer be done or by a number, played down,
    # carers and parents, about 40 in learners' English or another language); round s22's
    # end cd9c2f7 before any change of s23: 183/200, 50/55, 0 (5 to self-care, all asked),
    # over-triage 0.5 %; as served (--semantic) 181/200, 53/55, 0 (4 asked), 3.0 %.
    "sealed_r23.jsonl.gz": (183, 50, 0),
    # Written for round s23 by an eighteenth writer (a wide crowd: about 80 mixing English
    # with their own language inside a sentence, about 40 wholly in at least 15 other
    # languages); cd9c2f7 before any change of s23: 187/200, 50/55, 0 (5 to self-care, all
    # asked), over-triage 0.5 %; as served 185/200, 51/55, 0 (2 asked), 3.0 %.
    "sealed_r23b.jsonl.gz": (187, 50, 0),
    # Written for round s24 (a nineteenth sealed writer: messages dictated by voice and
    # sent uncorrected, misheard words, restarts and self-corrections, numbers in words,
    # a quarter typed by the usual crowd); round s23's end 0f9a3ba before any change of
    # s24: 189/200, 53/55, 1 (3 to self-care, 2 asked), over-triage 0.5 %; as served
    # (--semantic) 187/200, 54/55, 0 (2 asked), 2.0 %.
    "sealed_r24.jsonl.gz": (189, 53, 1),
    # Written for round s24 by a twentieth writer (people in particular situations:
    # pregnancy, many medicines, sport, shift work, dialysis, dementia care, drink; told
    # as pasted conversations or several messages in one, about 30 in another language);
    # 0f9a3ba before any change of s24: 193/200, 53/55, 0 (3 to self-care, all asked),
    # over-triage 1.5 %; as served 188/200, 53/55, 0 (3 asked), 4.0 %.
    "sealed_r24b.jsonl.gz": (193, 53, 0),
    # Written for round s25 by a twenty-first writer (how things changed over time: updates,
    # timelines, signs that came and went, a third told by carers, coaches, physios and
    # night staff about someone else; about 30 in another language); f052f02 before any
    # change of s25: 189/200, 52/55, 2 (3 to self-care, 2 of them unasked), over-triage
    # 2.0 %; as served 184/200, 53/55, 0 (2 asked), 5.0 %.
    "sealed_r25.jsonl.gz": (189, 52, 2),
    # Written for round s25 by a twenty-second writer (short and sideways: a few words,
    # lists and forms, emoji and slang, the detail inside a question, about 30 in at
    # least ten other languages); f052f02: 194/200, 53/55, 0 (4 to self-care, all asked),
    # over-triage 0.0 %; as served 193/200, 55/55, 0 (3 asked), 1.0 %.
    "sealed_r25b.jsonl.gz": (194, 53, 0),
    # Written for round s26 by a twenty-third writer (who the person is changes the level:
    # medicines, pregnancy, kidneys and livers, the very old and the very young, after an
    # operation or a long journey; a quarter told by someone else; about 20 in another
    # language); 0b2ed9d before any change of s26: 193/200, 53/55, 0 (1 to self-care,
    # asked), over-triage 2.0 %; as served 193/200, 54/55, 0 (1 asked), 2.5 %.
    "sealed_r26.jsonl.gz": (193, 53, 0),
    # Written for round s26 by a twenty-fourth writer (more than one thing in the message:
    # several complaints or people, quoted advice, what was already done, a question for
    # later beside a sign now; about 20 in another language); 0b2ed9d: 190/200, 55/55, 0
    # (2 to self-care, asked), over-triage 2.5 %; as served 183/200, 55/55, 0 (2 asked),
    # 6.0 %.
    "sealed_r26b.jsonl.gz": (190, 55, 0),
    # Written for round s27 by a twenty-fifth writer (the line: each red flag and level told
    # just over and just under it, by times, amounts, distances, how often, ages, a sign gone
    # or still there; about 25 in another language); a8f70f9 before any change of s27:
    # 190/200, 51/55, 1 (3 to self-care, 1 of them unasked), over-triage 2.5 %; as served
    # (--semantic) 186/200, 51/55, 0 (2 asked), 5.0 %.
    "sealed_r27.jsonl.gz": (190, 51, 1),
    # Written for round s27 by a twenty-sixth writer (Englishes of the world: Indian,
    # Nigerian, Caribbean, Singaporean, Scottish, Irish, the American South and more, with
    # their words for the body, illness and medicines); a8f70f9: 192/200, 51/55, 0 (1 to
    # self-care, asked), over-triage 1.0 %; as served 189/200, 54/55, 0 (1 asked), 3.0 %.
    "sealed_r27b.jsonl.gz": (192, 51, 0),
    # Written for round s28 by a twenty-seventh writer (in the moment: dictated by voice or
    # typed one-handed at night, with speech-to-text and autocorrect mistakes, sent in
    # bursts; about 20 in another language); c204738 before any change of s28: 197/200,
    # 53/55, 0 (none to self-care), over-triage 0.5 %; as served 195/200, 54/55, 0, 2.0 %.
    "sealed_r28.jsonl.gz": (197, 53, 0),
    # Written for round s28 by a twenty-eighth writer (stories that change as they are told:
    # corrections, second thoughts, "edit:" lines, a sign better then worse, someone else
    # correcting the writer; the final state decides); c204738: 191/200, 53/55, 0 (1 to
    # self-care, asked), over-triage 3.0 %; as served 188/200, 54/55, 0 (1 asked), 4.5 %.
    "sealed_r28b.jsonl.gz": (191, 53, 0),
    # Written for round s29 by a twenty-ninth writer (where the person is changes how they
    # tell it: abroad, on a flight, at a festival, hiking, on a site or a farm, in a care
    # home at night, in a heatwave; about 20 in another language); 9b53cee before any change
    # of s29: 189/200, 54/55, 0 (4 to self-care, all asked), over-triage 2.0 %; as served
    # 187/200, 54/55, 0 (3 asked), 3.5 %.
    "sealed_r29.jsonl.gz": (189, 54, 0),
    # Written for round s29 by a thirtieth writer (names instead of descriptions, and
    # numbers: self-diagnoses right or wrong, medical words used loosely, device readings,
    # test results, what a doctor said before); 9b53cee: 193/200, 54/55, 0 (2 to self-care,
    # asked), over-triage 1.5 %; as served 188/200, 54/55, 0 (2 asked), 4.0 %.
    "sealed_r29b.jsonl.gz": (193, 54, 0),
    # Written for round s30 (told by comparison and figure of speech: similes, metaphors,
    # comparisons with past events or other people, humour, sarcasm, understatement; about
    # 25 in another language); a647e3e before any change of s30: 193/200, 53/55, 0 (3 to
    # self-care, all asked), over-triage 0.5 %; as served 190/200, 53/55, 0 (3 asked), 2.0 %.
    "sealed_r30.jsonl.gz": (193, 53, 0),
    # Written for round s30 by a thirty-second writer (beyond the calf: hands, feet,
    # thighs, back, neck, jaw, belly, ribs, chest wall, whole-body spasms, places named
    # vaguely or wrongly); a647e3e: 194/200, 54/55, 1 (2 to self-care, one unasked),
    # over-triage 0.5 %; as served 189/200, 54/55, 0 (2 asked), 3.0 %.
    "sealed_r30b.jsonl.gz": (194, 54, 1),
    # Written for round s31 (uncertainty and hedging: guessed numbers, double negatives,
    # signs denied then admitted, what-if worries beside a real sign); 678e793 before any
    # change of s31: 191/200, 52/55, 3 (5 to self-care, 3 unasked), over-triage 1.0 %; as
    # served 190/200, 53/55, 0 (5 asked), 2.0 %.
    "sealed_r31.jsonl.gz": (191, 52, 3),
    # Written for round s31 by a thirty-fourth writer (the night and the morning after:
    # half-asleep, the next morning, what a partner saw, things found on waking); 678e793:
    # 197/200, 54/55, 0 (1 to self-care, asked), over-triage 0.5 %; as served 193/200,
    # 54/55, 0 (1 asked), 2.5 %.
    "sealed_r31b.jsonl.gz": (197, 54, 0),
    # Written for round s32 (messages written for someone else to act on: forwarded to a
    # receptionist, handovers, school and care-home logs, family groups, clinical
    # shorthand); 4c520ce before any change of s32: 193/200, 52/55, 0 (3 to self-care, all
    # asked), over-triage 0.5 %; as served 191/200, 54/55, 0 (1 asked), 2.5 %.
    "sealed_r32.jsonl.gz": (193, 52, 0),
    # Written for round s32 by a thirty-sixth writer (what was already done and what
    # happened; the main sign denied beside another; near-misses beside each red flag);
    # 4c520ce: 191/200, 52/55, 1 (4 to self-care, one unasked), over-triage 1.0 %; as served
    # 189/200, 52/55, 0 (4 asked), 2.0 %.
    "sealed_r32b.jsonl.gz": (191, 52, 1),
    # Written for round s33 (forum, social-media and group-chat posts: a title then the
    # body, "update:" and "edit:" lines that change the state, quoted replies, hashtags and
    # abbreviations); 8f07bc8 before any change of s33: 189/200, 53/55, 0 (4 to self-care,
    # all asked), over-triage 3.0 %; as served 186/200, 53/55, 0 (4 asked), 4.5 %.
    "sealed_r33.jsonl.gz": (189, 53, 0),
    # Written for round s33 by a thirty-eighth writer (numbers and measurements in people's
    # ways: clock times, C and F, tablet counts, yards and laps, pints, ages in weeks, each
    # threshold's either side, a number that belongs to something else); 8f07bc8: 194/200,
    # 55/55, 0 (none to self-care), over-triage 1.5 %; as served 191/200, 55/55, 0, 3.0 %.
    "sealed_r33b.jsonl.gz": (194, 55, 0),
    # Written for round s34 (dictated by voice and sent as speech-to-text: little
    # punctuation, misheard medical words, fillers, self-corrections, numbers as words);
    # 79b759c before any change of s34: 196/200, 53/55, 0 (none to self-care), over-triage
    # 0.5 %; as served 194/200, 53/55, 0, 1.5 %.
    "sealed_r34.jsonl.gz": (196, 53, 0),
    # Written for round s34 by another writer (the deciding detail told in passing, in
    # brackets or last, in a message about something else; and alarming words around an
    # ordinary cramp); 79b759c: 194/200, 54/55, 0 (1 to self-care, asked), over-triage
    # 2.0 %; as served 187/200, 54/55, 0 (1 asked), 5.5 %.
    "sealed_r34b.jsonl.gz": (194, 54, 0),
    # Written for round s35 (structured and pasted text: bullet points, timelines, pasted
    # medicine lists, forms answered line by line, checklists, forwarded group chats);
    # 63951d2 before any change of s35: 179/200, 53/55, 0 (2 to self-care, both asked),
    # over-triage 6.0 %; as served 175/200, 53/55, 0 (1 asked), 9.0 %.
    "sealed_r35.jsonl.gz": (179, 53, 0),
    # Written for round s35 by another writer (dialect, slang, idiom and euphemism:
    # regional Englishes, pidgins and patois, Gen Z slang, old people's euphemisms);
    # 63951d2: 183/200, 49/55, 0 (4 to self-care, all asked), over-triage 2.0 %; as served
    # 182/200, 50/55, 0 (3 asked), 3.0 %.
    "sealed_r35b.jsonl.gz": (183, 49, 0),
    # Written for round s36 (signs told by their consequences and by what others notice:
    # what people cannot do, what changed in their day, the toilet bowl's colour);
    # 3a55361 before any change of s36: 186/200, 51/55, 0 (2 to self-care, both asked),
    # over-triage 2.0 %; as served 184/200, 52/55, 0 (1 asked), 3.5 %.
    "sealed_r36.jsonl.gz": (186, 51, 0),
    # Written for round s36 by another writer (code-switching and translation: languages
    # switched mid-sentence, machine-translated text, about 60 wholly in another language);
    # 3a55361: 172/200, 49/55, 0 (13 to self-care, all asked), over-triage 2.0 %; as served
    # 170/200, 52/55, 0 (10 asked), 4.5 %.
    "sealed_r36b.jsonl.gz": (172, 49, 0),
    # Written for round s37 (short messages and search-box style: keyword strings without
    # verbs, fragments, symptom lists, abbreviations, the deciding sign one word among
    # others); twelve short texts that were word for word dev texts (four older ones, eight
    # of this round's dev GY, GZ and HC) were taken out unread (188 kept: 54 emergencies);
    # 9e7df4e before any change of s37: 180/188, 51/54, 0 (4 to self-care, all asked),
    # over-triage 1.6 %; as served 178/188, 51/54, 0, 2.7 %.
    "sealed_r37.jsonl.gz": (180, 51, 0),
    # Written for round s37 by another writer (people who live with a long-term condition
    # or take many medicines, and their carers: the new sign among the familiar ones,
    # medicines started, stopped, doubled or missed); 9e7df4e: 189/200, 53/55, 0 (none to
    # self-care), over-triage 3.5 %; as served 185/200, 54/55, 0, 5.5 %.
    "sealed_r37b.jsonl.gz": (189, 53, 0),
    # Written for round s38 (plain words only: low literacy, phonetic spelling, easy-read,
    # people with a learning disability and their supporters, children typing for
    # themselves, no medical words); one text word for word an older dev text was taken
    # out unread (199 kept: 55 emergencies); 1ee6623 before any change of s38: 186/199,
    # 51/55, 0 (2 to self-care, both asked), over-triage 2.0 %; as served 181/199, 53/55,
    # 0 (1 asked), 6.0 %.
    "sealed_r38.jsonl.gz": (186, 51, 0),
    # Written for round s38 by another writer (asking for a remedy or a product: magnesium,
    # quinine, tonic water, creams, painkillers, home remedies; the deciding sign told
    # inside the request or as an aside); 1ee6623: 197/200, 54/55, 1 (3 to self-care, one
    # unasked), over-triage 0.0 %; as served 196/200, 54/55, 1, 0.5 %.
    "sealed_r38b.jsonl.gz": (197, 54, 1),
    # Written for round s39 (bystanders and people on the spot: a stranger, a colleague, a
    # teacher, a coach or a partner telling what they see now, beside the writer's own
    # cramps and someone else's past illness); one text word for word a dev text was taken
    # out unread (199 kept: 55 emergencies); ebc9811 before any change of s39: 194/199,
    # 53/55, 0 (2 to self-care, both asked), over-triage 1.0 %; as served 191/199, 53/55,
    # 0, 2.5 %.
    "sealed_r39.jsonl.gz": (194, 53, 0),
    # Written for round s39 by another writer (formal and elaborate register: letters and
    # emails to a doctor or a pharmacist, long-winded and old-fashioned, educated lay and
    # Latinate words, the deciding detail in a subordinate clause or a postscript);
    # ebc9811: 173/200, 46/55, 0 (9 to self-care, all asked), over-triage 3.0 %; as served
    # 172/200, 52/55, 0 (4 to self-care), 6.5 %.
    "sealed_r39b.jsonl.gz": (173, 46, 0),
    # Written for round s40 (sequences and updates: running logs, follow-ups, clock times,
    # signs that come, worsen, ease or return); c4f6ee2, before any change of s40:
    # 192/200, 54/55, 0 (1 to self-care, asked), over-triage 2.5 %.
    "sealed_r40.jsonl.gz": (192, 54, 0),
    # Written for round s40 by another writer (teenagers writing for themselves, parents of
    # babies and young children; one text word for word a dev text taken out unread):
    # c4f6ee2: 192/199, 51/55, 0 (2 to self-care, both asked), over-triage 1.0 %.
    "sealed_r40b.jsonl.gz": (192, 51, 0),
}


def test_every_kept_sealed_set_has_a_floor() -> None:
    assert sorted(p.name for p in SEALED_DIR.glob("*.jsonl.gz")) == sorted(KEPT_SEALED_FLOORS)


@pytest.mark.parametrize("name", sorted(KEPT_SEALED_FLOORS))
def test_a_kept_sealed_set_does_not_fall_below_its_first_measurement(name: str) -> None:
    exact, caught, unasked = KEPT_SEALED_FLOORS[name]
    got_exact, got_caught, got_unasked = _counts(SEALED_DIR / name)
    # Plain integers only in the asserts: pytest shows every value an assert names, and a
    # score object would show the texts of its misses.
    assert got_exact >= exact, (got_exact, exact)
    assert got_caught >= caught, (got_caught, caught)
    assert got_unasked <= unasked, (got_unasked, unasked)


def _counts(path: Path) -> tuple[int, int, int]:
    s = score(path)
    return int(s.exact), int(s.emergency_hits), int(s.red_to_self_care_unasked)


#: From round s37 on, a sealed set holds no text that a dev file holds word for word (short
#: messages coincide: twelve of r37's did). Older sets are left as they were measured.
FIRST_UNIQUE_SEALED_ROUND = 37


def test_no_new_sealed_text_is_word_for_word_a_dev_text() -> None:
    dev = {case["text"] for path in BLIND.glob("*.jsonl") for case in vignettes.read(path)}
    shared = {}
    for path in sorted(SEALED_DIR.glob("sealed_r*.jsonl.gz")):
        digits = "".join(ch for ch in path.name.removeprefix("sealed_r")[:3] if ch.isdigit())
        if int(digits) >= FIRST_UNIQUE_SEALED_ROUND:
            shared[path.name] = sum(case["text"] in dev for case in vignettes.read(path))
    # Counts only: a sealed text is never printed.
    assert shared and set(shared.values()) == {0}, shared
