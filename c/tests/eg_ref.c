/* Reference scorer: see eg_ref.h. Written for obviousness, not speed. */
#include <string.h>
#include "eg_ref.h"
#include "eg_hash.h"
#include "eg_logic.h"

/* A deliberately literal implementation of format.md 2.2-2.8 (normalize into a buffer, split,
 * linear-search table), to check the fused/optimized runtime. */
typedef struct ref_tokens {
    uint32_t h[1024];
    uint32_t n;
} ref_tokens;

static void ref_tokenize(const uint8_t *b, uint32_t len, uint32_t max_bytes, uint32_t max_tokens, ref_tokens *t) {
    static uint8_t norm[8192];
    uint32_t end = len < max_bytes ? len : max_bytes, i = 0, m = 0, k, start;
    while (i < end) { /* step 1: sequences, left to right */
        uint8_t c = b[i];
        if (c == 0xE2 && i + 2 < end && b[i + 1] == 0x80 &&
            (b[i + 2] == 0x98 || b[i + 2] == 0x99 || b[i + 2] == 0x9C || b[i + 2] == 0x9D || b[i + 2] == 0x93 ||
             b[i + 2] == 0x94)) {
            uint8_t d = b[i + 2];
            norm[m++] = (d == 0x98 || d == 0x99) ? 0x27 : (d == 0x9C || d == 0x9D) ? 0x22 : 0x2D;
            i += 3;
        } else if (c == 0xC2 && i + 1 < end && b[i + 1] == 0xA0) {
            norm[m++] = 0x20;
            i += 2;
        } else {
            norm[m++] = c;
            i++;
        }
    }
    for (i = 0; i < m; i++) { /* step 2: A-Z */
        if (norm[i] >= 0x41 && norm[i] <= 0x5A) norm[i] = (uint8_t)(norm[i] + 32);
    }
    for (i = 0, k = 0; i < m; i++) { /* step 3: delete ' */
        if (norm[i] != 0x27) norm[k++] = norm[i];
    }
    m = k;
    t->n = 0;
    i = 0;
    while (i < m && t->n < max_tokens) {
        uint8_t c = norm[i];
        int word = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || c >= 0x80;
        if (!word) { i++; continue; }
        start = i;
        while (i < m && ((norm[i] >= 0x30 && norm[i] <= 0x39) || (norm[i] >= 0x61 && norm[i] <= 0x7A) || norm[i] >= 0x80)) i++;
        t->h[t->n++] = eg_hash_fnv1a(norm + start, i - start, EG_FNV_OFFSET);
    }
}

static uint32_t ref_lex(const eg_artifact *a, uint32_t h) {
    uint32_t s;
    for (s = 0; s <= a->lex_slot_mask; s++) {
        if (eg_rd_u32(a->lex_slots + 8 * s + 4) != 0 && eg_rd_u32(a->lex_slots + 8 * s) == h) {
            return eg_rd_u32(a->lex_slots + 8 * s + 4);
        }
    }
    return 0;
}

typedef struct ref_table {
    uint32_t h[1024];
    uint32_t m[1024];
    uint32_t n;
} ref_table;

static void ref_insert(ref_table *t, uint32_t h, uint32_t m) {
    uint32_t i;
    for (i = 0; i < t->n; i++) if (t->h[i] == h) { t->m[i] |= m; return; }
    if (t->n < 1024) { t->h[t->n] = h; t->m[t->n] = m; t->n++; }
}

static uint32_t ref_mask(const ref_table *t, uint32_t h) {
    uint32_t i;
    for (i = 0; i < t->n; i++) if (t->h[i] == h) return t->m[i];
    return 0;
}

static uint32_t ref_fh(uint32_t ns, uint32_t a, uint32_t b) {
    uint8_t v[9];
    v[0] = (uint8_t)ns;
    eg_wr_u32(v + 1, a);
    eg_wr_u32(v + 5, b);
    return eg_hash_fmix32(eg_hash_fnv1a(v, 9, EG_FNV_OFFSET));
}

/* One dense feature crossed with qtype, plus its back-off copy in slot 15 when ns bit 13 is set. */
static int32_t ref_dense(const eg_artifact *a, uint32_t base, uint32_t stride, uint32_t qtype, uint32_t v) {
    int32_t d = (int32_t)(int16_t)eg_rd_u16(a->wdns + 2 * (base + qtype * stride + v));
    if (a->ns_mask & (1u << 13)) d += (int32_t)(int16_t)eg_rd_u16(a->wdns + 2 * (base + 15 * stride + v));
    return d;
}

void eg_ref_score(const eg_artifact *a, const eg_item *it, int32_t *scores) {
    static ref_tokens ctx, q, opt[8];
    static ref_table tab;
    static eg_logic lg;
    uint32_t i, j, k, qflags = 0, qtype = 0, len[8], content[8], ch[8], oh[8], qh[8], of[8];
    uint8_t verdict[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    ref_tokenize(it->context.ptr, it->context.len, 4096, 512, &ctx);
    ref_tokenize(it->question.ptr, it->question.len, 1024, 128, &q);
    tab.n = 0;
    for (j = 0; j < ctx.n; j++) if (!(ref_lex(a, ctx.h[j]) & 1)) ref_insert(&tab, ctx.h[j], 0x100);
    for (j = 0; j < q.n; j++) {
        uint32_t fl = ref_lex(a, q.h[j]);
        qflags |= fl;
        if (!(fl & 1)) ref_insert(&tab, q.h[j], 0x200);
    }
    for (k = 8; k <= 19; k++) if (qflags & (1u << k)) { qtype = k - 7; break; }
    for (i = 0; i < it->option_count; i++) {
        ref_tokenize(it->options[i].ptr, it->options[i].len, 1024, 128, &opt[i]);
        for (j = 0; j < opt[i].n; j++) if (!(ref_lex(a, opt[i].h[j]) & 1)) ref_insert(&tab, opt[i].h[j], 1u << i);
        len[i] = it->options[i].len < 1024 ? it->options[i].len : 1024;
    }
    for (i = 0; i < it->option_count; i++) {
        const ref_tokens *t = &opt[i];
        content[i] = ch[i] = oh[i] = qh[i] = of[i] = 0;
        for (j = 0; j < t->n; j++) {
            uint32_t fl = ref_lex(a, t->h[j]), m;
            of[i] |= fl;
            if (fl & 1) continue;
            content[i]++;
            m = ref_mask(&tab, t->h[j]);
            if (m & 0x100) ch[i]++;
            if (m & 0x200) qh[i]++;
            for (k = 0; k < it->option_count; k++) if (k != i && (m & (1u << k))) { oh[i]++; break; }
        }
    }
    if (a->ns_mask & (1u << 10)) { /* the deductive module is not re-implemented here: the production one */
        const uint8_t *optr[8];
        uint32_t olen[8];
        for (i = 0; i < it->option_count; i++) { optr[i] = it->options[i].ptr; olen[i] = it->options[i].len; }
        eg_logic_run(&lg, a, it->context.ptr, it->context.len, optr, olen, it->option_count, verdict);
    }
    for (i = 0; i < it->option_count; i++) {
        const ref_tokens *t = &opt[i];
        uint32_t rl = 0, rs = 0, rc = 0, ro = 0, f, ci = content[i] ? content[i] : 1;
        int32_t hs = 0, ds = 0;
        for (j = 0; j < t->n; j++) {
            if (a->ns_mask & 1) hs += a->whsh[ref_fh(1, t->h[j], 0) & a->hash_mask];
            if ((a->ns_mask & 2) && j + 1 < t->n) hs += a->whsh[ref_fh(2, t->h[j], t->h[j + 1]) & a->hash_mask];
            if (a->ns_mask & 4) hs += a->whsh[ref_fh(3, qtype, t->h[j]) & a->hash_mask];
        }
        for (k = 0; k < it->option_count; k++) {
            uint32_t ck = content[k] ? content[k] : 1;
            rl += len[k] > len[i];
            rs += len[k] < len[i];
            rc += ch[k] * ci > ch[i] * ck;
            ro += oh[k] * ci > oh[i] * ck;
        }
#define BK(h, n) ((n) == 0 ? 5u : (4u * (h)) / (n))
        if (a->ns_mask & 8) ds += ref_dense(a, 0, 8, qtype, rl);
        if (a->ns_mask & 16) ds += ref_dense(a, 128, 8, qtype, rs);
        if (a->ns_mask & 32) ds += ref_dense(a, 256, 6, qtype, BK(ch[i], content[i]));
        if (a->ns_mask & 64) ds += ref_dense(a, 352, 6, qtype, BK(oh[i], content[i]));
        if (a->ns_mask & 128) for (f = 0; f < 8; f++) if (of[i] & (1u << f)) ds += ref_dense(a, 448, 8, qtype, f);
        if (a->ns_mask & 256) ds += (int32_t)(int16_t)eg_rd_u16(a->wdns + 2 * (576 + i));
        if (a->ns_mask & 512) ds += ref_dense(a, 584, 6, qtype, BK(qh[i], content[i]));
        if (a->ns_mask & 1024) ds += ref_dense(a, 680, 5, qtype, verdict[i]);
        if (a->ns_mask & 2048) ds += ref_dense(a, 760, 8, qtype, rc);
        if (a->ns_mask & 4096) ds += ref_dense(a, 888, 8, qtype, ro);
        scores[i] = a->hash_mult * hs + ds;
    }
}
