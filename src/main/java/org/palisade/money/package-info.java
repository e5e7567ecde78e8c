/** Money, currencies and dated exchange rates (EUR as the reference currency). */
package org.palisade.money;
