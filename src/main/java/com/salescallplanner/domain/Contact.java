package com.salescallplanner.domain;

/** A person on the buyer's side, e.g. "Dana Kim", role "CFO, economic buyer". */
public record Contact(String name, String role, String email) {
    public Contact {
        name = FieldRules.name(name, TextLimit.CONTACT_NAME.field());
        role = FieldRules.text(role, "Role of " + name, FieldRules.MAX_NAME).strip();
        email = FieldRules.text(email, "E-mail of " + name, FieldRules.MAX_NAME).strip();
    }

    public Contact(String name, String role) {
        this(name, role, "");
    }

    /** "Dana Kim (CFO)" or just the name when there is no role. */
    public String label() {
        return role.isEmpty() ? name : name + " (" + role + ")";
    }
}
