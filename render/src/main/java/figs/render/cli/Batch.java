package figs.render.cli;

import figs.render.scene.LimitExceeded;
import figs.render.scene.Scene;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Scenes rendered {@code jobs} at a time, as {@code render}, {@code lock} and {@code check} do it. */
final class Batch {
    /** What one scene's render is; it throws to fail that scene alone. */
    interface SceneWork {
        void render(Scene scene) throws Exception;
    }

    private Batch() {}

    /**
     * Runs {@code work} for every scene and says on {@code stderr} which failed and why. Returns the exit
     * code: 0 when all were rendered; 2 when every failure was a scene past a limit (the scene's fault, as a
     * bad value is); 1 otherwise.
     */
    static int render(List<Scene> scenes, int jobs, PrintWriter stderr, SceneWork work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, scenes.size())));
        try {
            // Submitted longest first; waited for, and reported, in the order given.
            java.util.Map<Scene, Future<?>> submitted = new java.util.IdentityHashMap<>();
            for (Scene scene : SceneCost.longestFirst(scenes)) {
                submitted.put(scene, pool.submit(() -> {
                    work.render(scene);
                    return null;
                }));
            }
            List<Future<?>> done = new ArrayList<>();
            for (Scene scene : scenes) done.add(submitted.get(scene));
            int failures = 0;
            int overLimit = 0;
            for (int i = 0; i < done.size(); i++) {
                try {
                    done.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures++;
                    if (e.getCause() instanceof LimitExceeded) overLimit++;
                    stderr.println(scenes.get(i).file() + ": could not render: " + Figs.describe(e.getCause()));
                    Figs.trace(e.getCause(), stderr);
                    stderr.flush();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Figs.FAILURE;
                }
            }
            return failures == 0 ? 0 : failures == overLimit ? Figs.BAD_SCENE : Figs.FAILURE;
        } finally {
            pool.shutdownNow();
        }
    }
}
