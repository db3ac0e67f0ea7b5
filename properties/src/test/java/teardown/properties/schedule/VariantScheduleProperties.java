package teardown.properties.schedule;

import net.jqwik.api.Group;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Xend;

/**
 * Every driver x toolstack x disk of the verdict matrix, each running the properties of
 * {@link VariantSchedules} with its own tries, so a violation that only one variant has cannot
 * hide behind the others.
 */
@AddLifecycleHook(value = ExpectedVerdict.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class VariantScheduleProperties {

    @Group
    class StockXend31Healthy extends VariantSchedules {
        StockXend31Healthy() {
            super(Driver.STOCK, Xend.XEND31, Disk.HEALTHY);
        }
    }

    @Group
    class StockXend31Hung extends VariantSchedules {
        StockXend31Hung() {
            super(Driver.STOCK, Xend.XEND31, Disk.HUNG);
        }
    }

    @Group
    class StockXend31Slow extends VariantSchedules {
        StockXend31Slow() {
            super(Driver.STOCK, Xend.XEND31, Disk.SLOW);
        }
    }

    @Group
    class StockXendPatchedHealthy extends VariantSchedules {
        StockXendPatchedHealthy() {
            super(Driver.STOCK, Xend.XENDPATCHED, Disk.HEALTHY);
        }
    }

    @Group
    class StockXendPatchedHung extends VariantSchedules {
        StockXendPatchedHung() {
            super(Driver.STOCK, Xend.XENDPATCHED, Disk.HUNG);
        }
    }

    @Group
    class StockXendPatchedSlow extends VariantSchedules {
        StockXendPatchedSlow() {
            super(Driver.STOCK, Xend.XENDPATCHED, Disk.SLOW);
        }
    }

    @Group
    class UnpatchedXend31Healthy extends VariantSchedules {
        UnpatchedXend31Healthy() {
            super(Driver.UNPATCHED, Xend.XEND31, Disk.HEALTHY);
        }
    }

    @Group
    class UnpatchedXend31Hung extends VariantSchedules {
        UnpatchedXend31Hung() {
            super(Driver.UNPATCHED, Xend.XEND31, Disk.HUNG);
        }
    }

    @Group
    class UnpatchedXend31Slow extends VariantSchedules {
        UnpatchedXend31Slow() {
            super(Driver.UNPATCHED, Xend.XEND31, Disk.SLOW);
        }
    }

    @Group
    class UnpatchedXendPatchedHealthy extends VariantSchedules {
        UnpatchedXendPatchedHealthy() {
            super(Driver.UNPATCHED, Xend.XENDPATCHED, Disk.HEALTHY);
        }
    }

    @Group
    class UnpatchedXendPatchedHung extends VariantSchedules {
        UnpatchedXendPatchedHung() {
            super(Driver.UNPATCHED, Xend.XENDPATCHED, Disk.HUNG);
        }
    }

    @Group
    class UnpatchedXendPatchedSlow extends VariantSchedules {
        UnpatchedXendPatchedSlow() {
            super(Driver.UNPATCHED, Xend.XENDPATCHED, Disk.SLOW);
        }
    }

    @Group
    class PatchedXend31Healthy extends VariantSchedules {
        PatchedXend31Healthy() {
            super(Driver.PATCHED, Xend.XEND31, Disk.HEALTHY);
        }
    }

    @Group
    class PatchedXend31Hung extends VariantSchedules {
        PatchedXend31Hung() {
            super(Driver.PATCHED, Xend.XEND31, Disk.HUNG);
        }
    }

    @Group
    class PatchedXend31Slow extends VariantSchedules {
        PatchedXend31Slow() {
            super(Driver.PATCHED, Xend.XEND31, Disk.SLOW);
        }
    }

    @Group
    class PatchedXendPatchedHealthy extends VariantSchedules {
        PatchedXendPatchedHealthy() {
            super(Driver.PATCHED, Xend.XENDPATCHED, Disk.HEALTHY);
        }
    }

    @Group
    class PatchedXendPatchedHung extends VariantSchedules {
        PatchedXendPatchedHung() {
            super(Driver.PATCHED, Xend.XENDPATCHED, Disk.HUNG);
        }
    }

    @Group
    class PatchedXendPatchedSlow extends VariantSchedules {
        PatchedXendPatchedSlow() {
            super(Driver.PATCHED, Xend.XENDPATCHED, Disk.SLOW);
        }
    }

    @Group
    class UpstreamXend31Healthy extends VariantSchedules {
        UpstreamXend31Healthy() {
            super(Driver.UPSTREAM, Xend.XEND31, Disk.HEALTHY);
        }
    }

    @Group
    class UpstreamXend31Hung extends VariantSchedules {
        UpstreamXend31Hung() {
            super(Driver.UPSTREAM, Xend.XEND31, Disk.HUNG);
        }
    }

    @Group
    class UpstreamXend31Slow extends VariantSchedules {
        UpstreamXend31Slow() {
            super(Driver.UPSTREAM, Xend.XEND31, Disk.SLOW);
        }
    }

    @Group
    class UpstreamXendPatchedHealthy extends VariantSchedules {
        UpstreamXendPatchedHealthy() {
            super(Driver.UPSTREAM, Xend.XENDPATCHED, Disk.HEALTHY);
        }
    }

    @Group
    class UpstreamXendPatchedHung extends VariantSchedules {
        UpstreamXendPatchedHung() {
            super(Driver.UPSTREAM, Xend.XENDPATCHED, Disk.HUNG);
        }
    }

    @Group
    class UpstreamXendPatchedSlow extends VariantSchedules {
        UpstreamXendPatchedSlow() {
            super(Driver.UPSTREAM, Xend.XENDPATCHED, Disk.SLOW);
        }
    }
}
