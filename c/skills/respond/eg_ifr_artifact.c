/* The responder artifact (docs/format.md 4.1-4.3 and 6.2) <-> src/skills/respond/artifact.ts
 * (loadResponder). Container checks 1-14 by eg_container.c with the responder's sections; check
 * 15 in the order of loadResponder: META, RCFG, RSTR, RHSH, ROPS, RPAT, RREL, RNUM, RORD, RLNG,
 * RPSG, RSET, RTPL, RFWD, RCLS, RLST, RSPL. The tables are then read in place. */
#include <string.h>
#include "eg_ifr.h"
#include "eg_ifr_unicode.h"
#include "eg_ifr_spelling.h"
#include "eg_container.h"
#include "eg_utf8.h"
#include "eg_hash.h"

static const char eg_ifr_tags[EG_IFR_S_COUNT][5] = EG_IFR_TAGS;
/* Generated from NAMED_WORDS with hashOf, so that no word is hashed at load and the table stays in flash. */
static const uint32_t eg_ifr_word_hashes[EG_W_COUNT] = EG_W_HASHES;

int eg_ifr_load(const uint8_t *buf, size_t len, eg_ifr *out) {
    uint32_t file_length = 0u, i, k;
    const uint8_t *sp[EG_IFR_S_COUNT];
    uint32_t sl[EG_IFR_S_COUNT];
    uint32_t c[16];

    eg_mem_zero(out, sizeof(*out));
    EG_CHECK(eg_container_read(buf, len, eg_ifr_tags, EG_IFR_S_COUNT, EG_IFR_S_COUNT, sp, sl, &file_length)); /* 1..14 */
    out->bytes = buf;
    out->length = file_length;

    /* META: first byte '{', last '}' (format.md 4.4, 6.2) */
    EG_NEED(sl[EG_IFR_S_META] >= 2u && sp[EG_IFR_S_META][0] == 0x7Bu && sp[EG_IFR_S_META][sl[EG_IFR_S_META] - 1u] == 0x7Du);

    /* RCFG */
    EG_NEED(sl[EG_IFR_S_RCFG] == 64u);
    for (k = 0; k < 16u; k++) {
        c[k] = eg_rd_u32(sp[EG_IFR_S_RCFG] + 4u * k);
    }
    EG_NEED(c[0] == EG_IFR_SKILL && c[1] == EG_IFR_VERSION);
    out->families = c[2];
    out->npat = c[3];
    out->nops = c[4];
    out->nrel = c[5];
    out->nnum = c[6];
    out->nord = c[7];
    out->nlng = c[8];
    out->npsg = c[9];
    out->nhash = c[11];
    out->nstr = c[12];
    EG_NEED(out->families <= EG_F_COUNT);

    /* RSTR: count, (offset, length) records, UTF-8 pool */
    out->str = sp[EG_IFR_S_RSTR];
    EG_NEED(sl[EG_IFR_S_RSTR] >= 4u && eg_rd_u32(sp[EG_IFR_S_RSTR]) == out->nstr);
    EG_NEED(out->nstr <= (sl[EG_IFR_S_RSTR] - 4u) / 8u);
    out->pool_at = 4u + 8u * out->nstr;
    for (i = 0; i < out->nstr; i++) {
        uint32_t off = eg_rd_u32(sp[EG_IFR_S_RSTR] + 4u + 8u * i), slen = eg_rd_u32(sp[EG_IFR_S_RSTR] + 8u + 8u * i);
        uint32_t pool = sl[EG_IFR_S_RSTR] - out->pool_at;
        EG_NEED(off <= pool && slen <= pool - off);
        EG_NEED(eg_utf8_valid(sp[EG_IFR_S_RSTR] + out->pool_at + off, slen));
    }

    /* RHSH */
    out->hsh = sp[EG_IFR_S_RHSH];
    EG_NEED(out->nhash <= 0x3FFFFFFFu && sl[EG_IFR_S_RHSH] == 4u * out->nhash);

    /* ROPS */
    out->ops = sp[EG_IFR_S_ROPS];
    EG_NEED(out->nops <= 0x1FFFFFFFu && sl[EG_IFR_S_ROPS] == 8u * out->nops);
    for (i = 0; i < out->nops; i++) {
        const uint8_t *o = sp[EG_IFR_S_ROPS] + 8u * i;
        uint32_t v = eg_rd_u32(o + 4);
        EG_NEED(o[0] >= EG_OP_FIRST && o[0] <= EG_OP_LAST);
        EG_NEED(o[0] != EG_OP_ALT || (v <= out->nhash && o[2] <= out->nhash - v));
    }

    /* RPAT */
    out->pat = sp[EG_IFR_S_RPAT];
    EG_NEED(out->npat <= 0x0FFFFFFFu && sl[EG_IFR_S_RPAT] == 12u * out->npat);
    for (i = 0; i < out->npat; i++) {
        const uint8_t *p = sp[EG_IFR_S_RPAT] + 12u * i;
        uint32_t first = eg_rd_u32(p + 4), arg = eg_rd_u32(p + 8);
        EG_NEED(arg == EG_IFR_NONE || arg < out->nstr);
        EG_NEED(p[0] < out->families && p[1] < EG_R_COUNT);
        EG_NEED(p[2] > 0u && first <= out->nops && p[2] <= out->nops - first);
    }

    /* RREL */
    out->rel = sp[EG_IFR_S_RREL];
    EG_NEED(out->nrel <= 0x1FFFFFFFu && sl[EG_IFR_S_RREL] == 8u * out->nrel);
    for (i = 0; i < out->nrel; i++) {
        const uint8_t *p = sp[EG_IFR_S_RREL] + 8u * i;
        uint32_t first = eg_rd_u32(p + 4);
        EG_NEED(first <= out->nhash && p[1] <= out->nhash - first && p[0] < EG_R_COUNT);
    }

    /* RNUM, RORD, RLNG, RPSG */
    out->num = sp[EG_IFR_S_RNUM];
    out->ord = sp[EG_IFR_S_RORD];
    out->lng = sp[EG_IFR_S_RLNG];
    out->psg = sp[EG_IFR_S_RPSG];
    EG_NEED(out->nnum <= 0x1FFFFFFFu && sl[EG_IFR_S_RNUM] == 8u * out->nnum);
    EG_NEED(out->nord <= 0x1FFFFFFFu && sl[EG_IFR_S_RORD] == 8u * out->nord);
    EG_NEED(out->nlng <= 0x1FFFFFFFu && sl[EG_IFR_S_RLNG] == 8u * out->nlng);
    for (i = 0; i < out->nlng; i++) {
        EG_NEED(eg_rd_u32(out->lng + 8u * i + 4u) < out->nstr);
    }
    EG_NEED(out->npsg <= 0x1FFFFFFFu && sl[EG_IFR_S_RPSG] == 8u * out->npsg);
    for (i = 0; i < out->npsg; i++) {
        EG_NEED(eg_rd_u32(out->psg + 8u * i) < out->nstr);
        EG_NEED(eg_rd_u32(out->psg + 8u * i + 4u) < out->nstr);
    }

    /* RSET */
    out->set = sp[EG_IFR_S_RSET];
    EG_NEED(c[10] <= 0x1FFFFFFFu && sl[EG_IFR_S_RSET] == 8u * c[10]);
    EG_NEED(c[10] == (uint32_t)EG_SET_COUNT);
    for (i = 0; i < (uint32_t)EG_SET_COUNT; i++) {
        uint32_t first = eg_rd_u32(out->set + 8u * i), count = eg_rd_u32(out->set + 8u * i + 4u);
        EG_NEED(first <= out->nhash && count <= out->nhash - first);
    }

    /* RTPL */
    out->tpl = sp[EG_IFR_S_RTPL];
    EG_NEED(sl[EG_IFR_S_RTPL] % 8u == 0u);
    out->ntpl = sl[EG_IFR_S_RTPL] / 8u;
    {
        int g1 = 0, g2 = 0, g3 = 0;
        out->tpl_sorted = 1;
        for (i = 0; i < out->ntpl; i++) {
            uint32_t g = eg_rd_u32(out->tpl + 8u * i);
            if (i > 0u && g < eg_rd_u32(out->tpl + 8u * (i - 1u))) out->tpl_sorted = 0;
            EG_NEED(eg_rd_u32(out->tpl + 8u * i + 4u) < out->nstr);
            g1 |= g == EG_GROUP_SENTENCES;
            g2 |= g == EG_GROUP_KEYWORD;
            g3 |= g == EG_GROUP_PLACEHOLDER;
        }
        EG_NEED(g1 && g2 && g3);
    }

    /* RFWD: language count, record count, script count, language code ids, (hash, language index) records
     * strictly ascending by (hash, index), (first, last code point, code id) script records */
    out->fwd = sp[EG_IFR_S_RFWD];
    EG_NEED(sl[EG_IFR_S_RFWD] >= 12u);
    out->nfwl = eg_rd_u32(out->fwd);
    out->nfw = eg_rd_u32(out->fwd + 4u);
    out->nscr = eg_rd_u32(out->fwd + 8u);
    EG_NEED(out->nfwl <= EG_IFR_MAX_FW_LANGS && out->nfw <= 0x0FFFFFFFu && out->nscr <= EG_IFR_MAX_SCRIPTS &&
            sl[EG_IFR_S_RFWD] == 12u + 4u * out->nfwl + 8u * out->nfw + 12u * out->nscr);
    for (i = 0; i < out->nfwl; i++) {
        EG_NEED(eg_rd_u32(out->fwd + 12u + 4u * i) < out->nstr);
    }
    for (i = 0; i < out->nfw; i++) {
        const uint8_t *p = out->fwd + 12u + 4u * out->nfwl + 8u * i;
        EG_NEED(i == 0u || eg_rd_u32(p) > eg_rd_u32(p - 8) || (eg_rd_u32(p) == eg_rd_u32(p - 8) && eg_rd_u32(p + 4) > eg_rd_u32(p - 4)));
        EG_NEED(eg_rd_u32(p + 4) < out->nfwl);
    }
    for (i = 0; i < out->nscr; i++) {
        const uint8_t *p = out->fwd + 12u + 4u * out->nfwl + 8u * out->nfw + 12u * i;
        EG_NEED(eg_rd_u32(p) >= 0x80u && eg_rd_u32(p) <= eg_rd_u32(p + 4) && eg_rd_u32(p + 4) <= 0x10FFFFu && eg_rd_u32(p + 8) < out->nstr);
    }

    /* RCLS: class count (0 or all of EG_IFR_CLS_IDS), bucket bits, class-name string ids, int32 biases,
     * int8 weights class-major (reader.ts) */
    {
        static const char *const cls_ids[EG_CLS_COUNT] = EG_IFR_CLS_IDS;
        const uint8_t *p = sp[EG_IFR_S_RCLS];
        EG_NEED(sl[EG_IFR_S_RCLS] >= 8u);
        out->ncls = eg_rd_u32(p);
        EG_NEED(eg_rd_u32(p + 4u) == EG_IFR_CLS_LOG2);
        EG_NEED(out->ncls == 0u || out->ncls == (uint32_t)EG_CLS_COUNT);
        EG_NEED(sl[EG_IFR_S_RCLS] == 8u + 8u * out->ncls + (out->ncls << EG_IFR_CLS_LOG2));
        for (i = 0; i < out->ncls; i++) {
            uint32_t id = eg_rd_u32(p + 8u + 4u * i);
            EG_NEED(id < out->nstr && eg_str_eq_c(eg_ifr_string(out, id), cls_ids[i]));
        }
        out->cls_bias = p + 8u + 4u * out->ncls;
        out->cls_w = (const int8_t *)(const void *)(p + 8u + 8u * out->ncls);
    }

    /* RLST: count, then (stem string id, code string id, own-name flag) records; a stem is non-empty and has no
     * ASCII capitals (the prompt's bytes are folded to lowercase before they are compared with it) */
    {
        const uint8_t *p = sp[EG_IFR_S_RLST];
        EG_NEED(sl[EG_IFR_S_RLST] >= 4u);
        out->nlst = eg_rd_u32(p);
        EG_NEED(out->nlst <= 0x0FFFFFFFu && sl[EG_IFR_S_RLST] == 4u + 12u * out->nlst);
        out->lst = p + 4u;
        for (i = 0; i < out->nlst; i++) {
            const uint8_t *rec = out->lst + 12u * i;
            uint32_t stem_id = eg_rd_u32(rec), code_id = eg_rd_u32(rec + 4u);
            eg_str stem;
            EG_NEED(stem_id < out->nstr && code_id < out->nstr && eg_rd_u32(rec + 8u) <= 1u);
            stem = eg_ifr_string(out, stem_id);
            EG_NEED(stem.n > 0u);
            for (k = 0; k < stem.n; k++) {
                EG_NEED(stem.p[k] < 0x41u || stem.p[k] > 0x5Au);
            }
        }
    }

    /* RSPL: alias count, word count, (variant, canonical) string id pairs, word string ids; aliases are 1..SPELL_MAX
     * lowercase ASCII letters, words SPELL_MIN..SPELL_MAX */
    {
        const uint8_t *p = sp[EG_IFR_S_RSPL];
        uint32_t rest;
        EG_NEED(sl[EG_IFR_S_RSPL] >= 8u);
        out->nalias = eg_rd_u32(p);
        out->nspell = eg_rd_u32(p + 4u);
        rest = sl[EG_IFR_S_RSPL] - 8u;
        EG_NEED(out->nalias <= rest / 8u && out->nspell <= (rest - 8u * out->nalias) / 4u &&
                rest == 8u * out->nalias + 4u * out->nspell);
        out->spl = p;
        for (i = 0; i < 2u * out->nalias + out->nspell; i++) {
            uint32_t id = eg_rd_u32(p + 8u + 4u * i);
            uint32_t min = i < 2u * out->nalias ? 1u : EG_IFR_SPELL_MIN;
            eg_str w;
            EG_NEED(id < out->nstr);
            w = eg_ifr_string(out, id);
            EG_NEED(w.n >= min && w.n <= EG_IFR_SPELL_MAX);
            for (k = 0; k < w.n; k++) {
                EG_NEED(w.p[k] >= 0x61u && w.p[k] <= 0x7Au);
            }
        }
        eg_ifr_spelling_index(out);
    }

    /* RCUE (version 13): count, then (string id, concept, value) records strictly ascending by (UTF-8 bytes of the
     * string, concept, value); a string is neither empty nor "*", the concept is known, only NUM and ORD (version 14)
     * have a value (1..65535) (artifact.ts; read in place by eg_ifr_cues.c) */
    {
        const uint8_t *p = sp[EG_IFR_S_RCUE];
        eg_str prev;
        uint32_t prev_c = 0u, prev_v = 0u;
        prev.p = NULL;
        prev.n = 0u;
        EG_NEED(sl[EG_IFR_S_RCUE] >= 4u && (sl[EG_IFR_S_RCUE] - 4u) % 12u == 0u &&
                eg_rd_u32(p) == (sl[EG_IFR_S_RCUE] - 4u) / 12u); /* truncated header; length mismatch */
        out->ncue = eg_rd_u32(p);
        out->cue = p + 4u;
        for (i = 0; i < out->ncue; i++) {
            const uint8_t *rec = out->cue + 12u * i;
            uint32_t id = eg_rd_u32(rec), concept = eg_rd_u32(rec + 4u), value = eg_rd_u32(rec + 8u);
            eg_str w;
            int cmp = 0;
            EG_NEED(id < out->nstr);
            w = eg_ifr_string(out, id);
            EG_NEED(w.n > 0u && !(w.n == 1u && w.p[0] == 0x2Au) && concept < (uint32_t)EG_IFR_CUE_COUNT &&
                    (concept == (uint32_t)EG_IFR_CUE_NUM || concept == (uint32_t)EG_IFR_CUE_ORD ? value > 0u && value <= 0xFFFFu : value == 0u));
            if (i > 0u) {
                for (k = 0; k < prev.n && k < w.n && cmp == 0; k++) {
                    if (prev.p[k] != w.p[k]) cmp = prev.p[k] < w.p[k] ? -1 : 1;
                }
                if (cmp == 0 && prev.n != w.n) cmp = prev.n < w.n ? -1 : 1;
                if (cmp == 0 && prev_c != concept) cmp = prev_c < concept ? -1 : 1;
                if (cmp == 0 && prev_v != value) cmp = prev_v < value ? -1 : 1;
                EG_NEED(cmp < 0);
            }
            prev = w;
            prev_c = concept;
            prev_v = value;
        }
    }

    out->w = eg_ifr_word_hashes;
    eg_ifr_index_build(out);
    return EG_OK;
}

eg_str eg_ifr_string(const eg_ifr *r, uint32_t id) {
    eg_str s;
    s.p = r->str + r->pool_at + eg_rd_u32(r->str + 4u + 8u * id);
    s.n = eg_rd_u32(r->str + 8u + 8u * id);
    return s;
}

int eg_ifr_set_has(const eg_ifr *r, int set, uint32_t h) {
    uint32_t first = eg_rd_u32(r->set + 8u * (uint32_t)set), count = eg_rd_u32(r->set + 8u * (uint32_t)set + 4u), k;
    if (r->ix.ok) {
        const eg_ifr_key *key = eg_ifr_key_of(r, h);
        return key != NULL && (key->flags & (EG_IFR_K_SET0 << set)) != 0u;
    }
    for (k = 0; k < count; k++) {
        if (eg_rd_u32(r->hsh + 4u * (first + k)) == h) return 1;
    }
    return 0;
}
