package com.salescallplanner.store.format;

import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.Contact;

/** A person on the buyer's side as stored. */
record JsonContact(String name, String role, String email) {
    Contact toDomain(FieldPath at) {
        String n = FieldValues.name(at.field("name"), name, "Contact name");
        FieldValues.text(at.field("role"), role, "Role of " + n, FieldRules.MAX_NAME);
        FieldValues.text(at.field("email"), email, "E-mail of " + n, FieldRules.MAX_NAME);
        return FieldValues.domain(at, () -> new Contact(n, role, email));
    }
}
