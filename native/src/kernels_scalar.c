/* The scalar reference build: the same arithmetic in source order, compiled with
 * -fno-tree-vectorize and without -fopenmp-simd, so no addition is reassociated. */
#include "jbound_kernels.h"

double jb_sum_of_squares_scalar(const double *values, int64_t n) {
    double sum = 0.0;
    for (int64_t i = 0; i < n; i++) {
        sum += values[i] * values[i];
    }
    return sum;
}

void jb_blur3x3_scalar(const float *src, float *dst, int32_t width, int32_t height) {
    for (int32_t y = 0; y < height; y++) {
        for (int32_t x = 0; x < width; x++) {
            float s = 0.0f;
            for (int32_t dy = -1; dy <= 1; dy++) {
                int32_t yy = y + dy < 0 ? 0 : (y + dy >= height ? height - 1 : y + dy);
                for (int32_t dx = -1; dx <= 1; dx++) {
                    int32_t xx = x + dx < 0 ? 0 : (x + dx >= width ? width - 1 : x + dx);
                    s += src[(int64_t) yy * width + xx];
                }
            }
            dst[(int64_t) y * width + x] = s * (1.0f / 9.0f);
        }
    }
}
