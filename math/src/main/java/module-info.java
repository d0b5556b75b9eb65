/** Seeded data sets, layers, optimizers and the SIMD trainer. Knows nothing about pictures. */
module figs.math {
    requires jdk.incubator.vector;

    exports figs.math.random;
    exports figs.math.data;
    exports figs.math.nn;
    exports figs.math.train;
    exports figs.math.optim;
    exports figs.math.linear;
    exports figs.math.expr;
    exports figs.math.kernel;
}
