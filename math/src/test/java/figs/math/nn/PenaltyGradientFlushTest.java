package figs.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The L2 term of a kernel gradient, 2 l2 w, added and flushed by the vector loop as by the scalar one:
 * the gradient of a whole kernel in one piece (whole vectors) has the bits of the same kernel one row at a
 * time (one unit a row, so every element goes through the scalar loop), for weights around the least
 * whose term is normal and products that fade below the normal range; and it holds no subnormal.
 */
class PenaltyGradientFlushTest {
    @Test
    void vectorLoopAddsTheTermAsTheScalarLoopDoes() {
        int inputs = 203, rows = 8;
        Dense layer = new Dense(inputs, new LayerSpec(1, Activation.RELU, 0.01), rows);
        Random random = new Random(11);
        for (int i = 0; i < inputs; i++) {
            // Weights from far below to above the least with a normal term (about 5.9e-37 for l2 = 0.01).
            layer.kernel[i] = (float) ((random.nextBoolean() ? 1 : -1) * Math.scalb(random.nextDouble(), -126 + random.nextInt(12)));
        }
        layer.kernel[5] = 0f;
        layer.kernel[6] = -0f;
        float[] x = new float[rows * inputs];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.scalb(random.nextDouble(), -64);
        for (int r = 0; r < rows; r++) layer.dz[r] = (float) ((random.nextBoolean() ? 1 : -1) * Math.scalb(random.nextDouble(), -62));
        layer.panelGradient(rows, 0, rows);

        layer.kernelGradient(x, rows, 0, inputs, false);
        float[] whole = layer.kernelGrad.clone();
        for (int i = 0; i < inputs; i++) layer.kernelGradient(x, rows, i, i + 1, false);
        int terms = 0;
        for (int i = 0; i < inputs; i++) {
            assertEquals(Float.floatToRawIntBits(layer.kernelGrad[i]), Float.floatToRawIntBits(whole[i]), "kernelGrad[" + i + "]");
            assertTrue(whole[i] == 0 && Float.floatToRawIntBits(whole[i]) == 0 || Math.abs(whole[i]) >= Float.MIN_NORMAL,
                    "kernelGrad[" + i + "] = " + whole[i]);
            if (Math.abs(layer.kernel[i]) >= Float.MIN_NORMAL / 0.02f) terms++;
        }
        assertTrue(terms > 20 && terms < inputs - 20, terms + " weights with a normal term: both sides are tried");
    }
}
