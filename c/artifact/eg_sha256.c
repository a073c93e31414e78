/* SHA-256 (FIPS 180-4): integer only, no malloc, one 64-byte block at a time. */
#include <string.h>
#include "eg_sha256.h"

/* round constants; 64 entries */
static const uint32_t eg_sha256_k[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u, 0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u};

#define EG_ROR(x, n) (((x) >> (n)) | ((x) << (32u - (n))))

static uint32_t eg_rd_be32(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

static void eg_sha256_block(uint32_t st[8], const uint8_t *p) {
    uint32_t w[16]; /* message schedule, rolling window of 16 words */
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3], e = st[4], f = st[5], g = st[6], h = st[7];
    uint32_t i;
    for (i = 0; i < 64u; i++) {
        uint32_t t1, t2;
        if (i < 16u) {
            w[i] = eg_rd_be32(p + 4u * i);
        } else {
            uint32_t x = w[(i + 1u) & 15u], y = w[(i + 14u) & 15u];
            uint32_t s0 = EG_ROR(x, 7u) ^ EG_ROR(x, 18u) ^ (x >> 3);
            uint32_t s1 = EG_ROR(y, 17u) ^ EG_ROR(y, 19u) ^ (y >> 10);
            w[i & 15u] += s0 + w[(i + 9u) & 15u] + s1;
        }
        t1 = h + (EG_ROR(e, 6u) ^ EG_ROR(e, 11u) ^ EG_ROR(e, 25u)) + ((e & f) ^ (~e & g)) + eg_sha256_k[i] +
             w[i & 15u];
        t2 = (EG_ROR(a, 2u) ^ EG_ROR(a, 13u) ^ EG_ROR(a, 22u)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    st[0] += a;
    st[1] += b;
    st[2] += c;
    st[3] += d;
    st[4] += e;
    st[5] += f;
    st[6] += g;
    st[7] += h;
}

void eg_sha256_init(eg_sha256_ctx *c) {
    static const uint32_t iv[8] = {0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
                                   0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u};
    memcpy(c->state, iv, sizeof(iv));
    c->fill = 0u;
    c->bits_lo = 0u;
    c->bits_hi = 0u;
}

void eg_sha256_update(eg_sha256_ctx *c, const uint8_t *bytes, size_t len) {
    while (len > 0u) {
        uint32_t take = 64u - c->fill;
        uint32_t lo_before = c->bits_lo;
        if (c->fill == 0u && len >= 64u) { /* whole block straight from the input */
            eg_sha256_block(c->state, bytes);
            take = 64u;
        } else {
            if ((size_t)take > len) {
                take = (uint32_t)len;
            }
            memcpy(c->block + c->fill, bytes, take);
            c->fill += take;
            if (c->fill == 64u) {
                eg_sha256_block(c->state, c->block);
                c->fill = 0u;
            }
        }
        c->bits_lo += take << 3;
        c->bits_hi += (c->bits_lo < lo_before) ? 1u : 0u;
        bytes += take;
        len -= take;
    }
}

void eg_sha256_final(eg_sha256_ctx *c, uint8_t digest[32]) {
    uint32_t i, lo = c->bits_lo, hi = c->bits_hi;
    uint8_t pad[72];
    uint32_t padlen = (c->fill < 56u) ? (56u - c->fill) : (120u - c->fill);
    memset(pad, 0, sizeof(pad));
    pad[0] = 0x80u;
    for (i = 0; i < 4u; i++) {
        pad[padlen + i] = (uint8_t)(hi >> (24u - 8u * i));
        pad[padlen + 4u + i] = (uint8_t)(lo >> (24u - 8u * i));
    }
    eg_sha256_update(c, pad, padlen + 8u);
    for (i = 0; i < 8u; i++) {
        digest[4u * i] = (uint8_t)(c->state[i] >> 24);
        digest[4u * i + 1u] = (uint8_t)(c->state[i] >> 16);
        digest[4u * i + 2u] = (uint8_t)(c->state[i] >> 8);
        digest[4u * i + 3u] = (uint8_t)c->state[i];
    }
}

void eg_sha256(const uint8_t *bytes, size_t len, uint8_t digest[32]) {
    eg_sha256_ctx c;
    eg_sha256_init(&c);
    eg_sha256_update(&c, bytes, len);
    eg_sha256_final(&c, digest);
}
