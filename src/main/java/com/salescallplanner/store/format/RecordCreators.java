package com.salescallplanner.store.format;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;

/**
 * Makes the format records ({@code JsonCall} and the like) by calling their constructor through
 * reflection. Jackson 3 calls it through {@code MethodHandle.invokeWithArguments}, which on Java
 * 17 builds a new argument spreader for every call: a sixth of loading a large planner went
 * there (docs/performance.md). Everything else (which fields, their checks, the errors) stays
 * Jackson's; only the final constructor call changes.
 */
final class RecordCreators extends JacksonModule {
    @Override
    public String getModuleName() {
        return "planner-record-creators";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(new ValueInstantiators() {
            @Override
            public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean) {
                return null;
            }

            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean,
                                                             ValueInstantiator found) {
                Class<?> type = found.getValueClass();
                if (type == null || !type.isRecord() || type.getPackage() != RecordCreators.class.getPackage()
                        || !found.canCreateFromObjectWith()) {
                    return found;
                }
                return new Direct(found, canonicalConstructor(type));
            }
        });
    }

    private static Constructor<?> canonicalConstructor(Class<?> record) {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> c = record.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(record + " has no canonical constructor", e);
        }
    }

    /** Jackson's instantiator, but the constructor is called directly. */
    private static final class Direct extends ValueInstantiator.Delegating {
        private static final long serialVersionUID = 1L;
        private final transient Constructor<?> constructor;

        Direct(ValueInstantiator delegate, Constructor<?> constructor) {
            super(delegate);
            this.constructor = constructor;
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription.Supplier bean) {
            ValueInstantiator d = delegate().createContextual(ctxt, bean);
            return d == delegate() ? this : new Direct(d, constructor);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
                                           PropertyValueBuffer buffer) {
            return createFromObjectWith(ctxt, buffer.getParameters(ctxt, props));
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            if (args.length == constructor.getParameterCount()) {
                try {
                    return constructor.newInstance(args);
                } catch (InvocationTargetException | InstantiationException | IllegalAccessException
                         | IllegalArgumentException e) {
                    // fall through: Jackson calls it again and reports the problem its own way
                }
            }
            return delegate().createFromObjectWith(ctxt, args);
        }
    }
}
