package teardown.model.kernel;

/**
 * The blkback module of dom0's kernel: loaded, or unloaded by an administrator's rmmod (its code
 * and its kmem cache gone). Whether it may be unloaded, and what holds it, is the driver's
 * (module_exit, __module_get / module_put).
 */
public enum Module {
    LOADED, UNLOADED
}
